## أوامر المديرين (لا يراها إلا أصحاب العناوين المذكورة في FERRY_ADMINS)
cmd-broadcast = إعلان, اعلان, تعميم, بث
cmd-broadcast-title = نشر إعلان
cmd-broadcast-summary = إرسال إعلان عن الانتقال إلى جميع المستخدمين (أو بعضهم)، مرة واحدة أو بشكل متكرر
cmd-broadcasts = تذكيرات, إعلانات, اعلانات
cmd-broadcasts-title = الإعلانات المتكررة
cmd-broadcasts-summary = عرض الإعلانات المتكررة وإلغاء أحدها
cmd-stats = إحصاءات, احصاءات, إحصائيات, احصائيات
cmd-stats-title = الإحصاءات
cmd-stats-summary = من انتقل حتى الآن، يومًا بيوم، مع ملف للتنزيل

## الإعلان: الكتابة
broadcast-intro = لنكتب إعلانًا. سأضيف إليه سطرًا قصيرًا بلغة كل قارئ يشرح كيف يبدأ النقل معي. سيصله الجميع كرسالة محادثة مني؛ ومن كان غير متصل فسيصله عند تسجيل دخوله التالي.
broadcast-ask-text = نص الإعلان باللغة { $language } (لا بأس بعدة أسطر في رسالة واحدة):
broadcast-ask-languages = هل تريد كتابته بلغات أخرى أيضًا؟ أرسل رموزها، مثل «de». اللغات المتاحة: { $offered }. ومن تُهمل لغته فسيصله النص باللغة الافتراضية.
broadcast-ask-translation = نص الإعلان باللغة { $language } (أو تخطَّ هذا ليُستخدم نص اللغة الافتراضية):
broadcast-unknown-languages = لا أوفّر هذه اللغات: { $codes }. اللغات المتاحة: { $offered }. أرسل الإعلان مرة أخرى من فضلك.

## الإعلان: المستلمون
broadcast-registered-incomplete = ملاحظة: خادم { $domain } لا يعطيني قائمة حساباته (أحتاج بصفتي مديرًا للخادم إلى XEP-0133 «get registered users list»، وهذا غير موجود في Prosody 0.12). لذا فإن «الجميع» تعني كل من أعرفهم: من هم متصلون الآن، أو في جهات اتصالي، أو لديهم عملية نقل، أو راسلوني من قبل. للوصول إلى كل حساب، اختر القائمة والصق العناوين. في Prosody تحصل عليها بهذا الأمر:
    prosodyctl shell user list { $domain }
broadcast-ask-audience = إلى من أرسله؟
broadcast-audience-registered = { $complete ->
        [yes] جميع المستخدمين المسجلين على { $domain } ({ $count })
       *[no] كل من أعرفهم على { $domain } ({ $count })
    }
broadcast-audience-pasted = قائمة عناوين سألصقها
broadcast-audience-online = المستخدمون المتصلون الآن ({ $count })
broadcast-audience-started = المستخدمون الذين بدأوا النقل ولم يُكملوه ({ $count })
broadcast-audience-not-started = { $complete ->
        [yes] المستخدمون الذين لم يبدأوا النقل ({ $count })
       *[no] من أعرفهم من المستخدمين الذين لم يبدأوا النقل ({ $count })
    }
broadcast-ask-list = الصق العناوين، عنوانًا في كل سطر (أو افصل بينها بمسافات أو فواصل):
broadcast-list-file-hint = إذا كانت القائمة طويلة، فشارك بدلًا من ذلك ملفًا نصيًا فيه عنوان واحد في كل سطر (مثل ناتج الأمر `prosodyctl shell user list`).
broadcast-list-empty = لم أجد في ذلك أي عناوين. الصق من فضلك عناوين مثل name@example.org.
broadcast-list-read = شكرًا، وصلتني القائمة.
broadcast-list-ignored = { $count ->
        [zero] لم أتجاهل أي إدخال
        [one] تجاهلت إدخالًا واحدًا لأنه ليس عنوانًا
        [two] تجاهلت إدخالين لأنهما ليسا عنوانين
        [few] تجاهلت { $count } إدخالات لأنها ليست عناوين
        [many] تجاهلت { $count } إدخالًا لأنها ليست عناوين
       *[other] تجاهلت { $count } إدخال لأنها ليست عناوين
    }: { $list }

## الإعلان: التكرار
broadcast-ask-every = كل كم يومًا أعيد إرساله إلى من لم ينتقلوا بعد؟ أرسل رقمًا (مثل 7).
broadcast-bad-every = أرسل من فضلك عددًا صحيحًا من الأيام بين 1 و365، أو تخطَّ هذا السؤال.
broadcast-ask-until = حتى أي يوم (موعد إيقاف الخدمة)؟ أرسله بالصيغة YYYY-MM-DD، مثل 2030-06-30.
broadcast-bad-until = أرسل من فضلك تاريخًا بعد اليوم، بالصيغة YYYY-MM-DD.

## الإعلان: المعاينة والإرسال
broadcast-preview-heading = هذا بالضبط ما سيصل إلى من لغتهم { $language }:
broadcast-ask-confirm = { $count ->
        [zero] هل أرسله الآن؟ (لا يوجد أي مستلم حاليًا.)
        [one] هل أرسله الآن إلى شخص واحد؟
        [two] هل أرسله الآن إلى شخصين؟
        [few] هل أرسله الآن إلى { $count } أشخاص؟
        [many] هل أرسله الآن إلى { $count } شخصًا؟
       *[other] هل أرسله الآن إلى { $count } شخص؟
    }{ $every ->
        [0] {""}
        [1] {" "}ثم أعيد إرساله كل يوم حتى { $until } إلى من لم ينتقلوا بعد.
        [zero] {""}
        [one] {" "}ثم أعيد إرساله كل يوم حتى { $until } إلى من لم ينتقلوا بعد.
        [two] {" "}ثم أعيد إرساله كل يومين حتى { $until } إلى من لم ينتقلوا بعد.
        [few] {" "}ثم أعيد إرساله كل { $every } أيام حتى { $until } إلى من لم ينتقلوا بعد.
        [many] {" "}ثم أعيد إرساله كل { $every } يومًا حتى { $until } إلى من لم ينتقلوا بعد.
       *[other] {" "}ثم أعيد إرساله كل { $every } يوم حتى { $until } إلى من لم ينتقلوا بعد.
    }
broadcast-declined = حسنًا، لم يُرسَل شيء. أرسل *إعلان* لتبدأ من جديد.
broadcast-started = { $count ->
        [zero] لا يوجد أي مستلم الآن.
        [one] بدأت الإرسال الآن إلى شخص واحد.
        [two] بدأت الإرسال الآن إلى شخصين.
        [few] بدأت الإرسال الآن إلى { $count } أشخاص.
        [many] بدأت الإرسال الآن إلى { $count } شخصًا.
       *[other] بدأت الإرسال الآن إلى { $count } شخص.
    } سأخبرك هنا بسير العملية.{ $every ->
        [0] {""}
        [zero] {""}
        [one] {" "}جُدولت التذكيرات؛ أرسل *تذكيرات* لعرضها أو إلغائها.
        [two] {" "}جُدولت التذكيرات؛ أرسل *تذكيرات* لعرضها أو إلغائها.
        [few] {" "}جُدولت التذكيرات؛ أرسل *تذكيرات* لعرضها أو إلغائها.
        [many] {" "}جُدولت التذكيرات؛ أرسل *تذكيرات* لعرضها أو إلغائها.
       *[other] {" "}جُدولت التذكيرات؛ أرسل *تذكيرات* لعرضها أو إلغائها.
    }
broadcast-progress = ما زال إرسال الإعلان جاريًا: أُنجز { $done } من أصل { $total }.
broadcast-report = انتهى إرسال الإعلان: وصل إلى { $sent } من أصل { $total }، وتعذّر إيصاله إلى { $failed }.
broadcast-failed-list = لم يصل الإعلان إلى:
    { $list }
broadcast-failed-item = { $jid } ({ $reason ->
        [service-unavailable] لا يوجد حساب بهذا العنوان، أو أنه لا يقبل الرسائل
        [item-not-found] لا يوجد حساب بهذا العنوان
        [remote-server-not-found] لا يمكن الوصول إلى خادمه
        [remote-server-timeout] لم يردّ خادمه
        [send-failed] تعذّر عليّ إرساله، فقد تعطّل اتصالي أنا
       *[other] ردّ الخادم: { $reason }
    })

## السطر المضاف إلى كل إعلان (بلغة القارئ)
broadcast-footer = لنقل حسابك مع جميع جهات اتصالك، افتح { $link } أو أرسل إليّ («{ $bot }») كلمة *{ $word }*.

## الإعلانات المتكررة
broadcasts-none = لا توجد إعلانات متكررة. أرسل *إعلان* لإعداد واحد.
broadcasts-intro = { $count ->
        [zero] لا توجد إعلانات متكررة مجدولة.
        [one] هناك إعلان متكرر واحد مجدول.
        [two] هناك إعلانان متكرران مجدولان.
        [few] هناك { $count } إعلانات متكررة مجدولة.
        [many] هناك { $count } إعلانًا متكررًا مجدولًا.
       *[other] هناك { $count } إعلان متكرر مجدول.
    }
broadcasts-ask-cancel = أيّ إعلان أُلغي؟
broadcasts-item = «{ $excerpt }» – { $everyDays ->
        [zero] كل { $everyDays } يوم
        [one] كل يوم
        [two] كل يومين
        [few] كل { $everyDays } أيام
        [many] كل { $everyDays } يومًا
       *[other] كل { $everyDays } يوم
    } حتى { $until }، والإرسال التالي في { $next } ({ $runs ->
        [zero] لم يُرسَل بعد
        [one] أُرسل مرة واحدة حتى الآن
        [two] أُرسل مرتين حتى الآن
        [few] أُرسل { $runs } مرات حتى الآن
        [many] أُرسل { $runs } مرة حتى الآن
       *[other] أُرسل { $runs } مرة حتى الآن
    })
broadcasts-keep = لا شيء، أبقِها كلها
broadcasts-kept = حسنًا، ستبقى كلها مجدولة.
broadcasts-cancelled = تم الإلغاء. لن يُرسَل هذا الإعلان مرة أخرى.

## الإحصاءات
stats-table = ```
    لم يبدأ بعد           { $notStarted }{ $complete ->
        [yes] {""}
       *[no] {" "}(من الحسابات التي أعرفها)
    }
    قيد التنفيذ           { $inProgress }
    انتقل                 { $moved }
    فشل أو أُلغي          { $failed }
    جهات اتصال نُقلت      { $contacts }
    عمليات استيراد منجزة  { $imports }
    إعلانات               { $broadcasts } (عدد الرسائل: { $notices })
    ```
    يوميًا (عمليات نقل بدأت / اكتملت):
    ```
    { $days }
    ```
stats-day = { $day }   { $started } / { $moved }
stats-no-days = (لا توجد عمليات نقل بعد)
stats-export = الأرقام نفسها بصيغة JSON: { $url }
stats-chart = الأرقام نفسها في رسم بياني: { $url }
stats-chart-days-title = عمليات النقل في اليوم
stats-chart-started = بدأت
stats-chart-moved = اكتملت
stats-chart-day = { DATETIME($day, month: "short", day: "numeric") }
stats-chart-users-title = المستخدمون حسب الحالة
stats-chart-state-not-started = لم يبدأ بعد
stats-chart-state-in-progress = قيد التنفيذ
stats-chart-state-moved = انتقل
stats-chart-state-failed = فشل أو أُلغي
stats-export-inline = { $reason ->
        [no-upload-service] لا يوفّر خادمي خدمة رفع الملفات (XEP-0363)، لذا إليك الأرقام نفسها بصيغة JSON:
       *[other] تعذّر رفع ملف JSON ({ $reason })، لذا إليك الأرقام نفسها بصيغة JSON:
    }
