## الأوامر
cmd-import = استيراد, استورد
cmd-import-title = استيراد جهات الاتصال
cmd-import-summary = إضافة جهات اتصال من ملف (MSN Messenger، وOutlook CSV، وvCard، وPidgin، وXEP-0227) أو من قائمة تلصقها

## الأسئلة
import-intro = أرسل لي قائمة جهات اتصالك في ملف (شاركه عبر ميزة رفع الملفات في تطبيقك)، أو الصق العناوين مباشرة. أستطيع قراءة قوائم جهات الاتصال المصدَّرة من MSN/Windows Live Messenger (ملفات ctt)، وملفات CSV من Outlook وHotmail، وبطاقات vCard (ملفات vcf)، وملف blist.xml من Pidgin، وملفات تصدير الحسابات بصيغة XEP-0227 (مثل نسخة احتياطية من Ferry)، والقوائم العادية من العناوين.
import-ask-file = ملفك أو قائمتك:
import-reading = أقرؤه الآن…
import-ask-account = إلى أي حساب أضيف جهات الاتصال هذه؟
import-account-this = إلى هذا الحساب ({ $jid })
import-account-target = إلى حسابك الجديد ({ $jid })
import-account-suggest = أرسلها إلى تطبيقي كاقتراحات أقبلها واحدة تلو الأخرى (Gajim أو Psi؛ دون كلمة مرور)
import-ask-password = كلمة مرور { $jid }:

## المعاينة
import-format = { $format ->
        [msn-ctt] قائمة جهات اتصال من MSN Messenger
        [outlook-csv] ملف جهات اتصال من Outlook
        [csv] ملف CSV
        [vcard] بطاقات vCard
        [pidgin-blist] قائمة أصدقاء من Pidgin
        [xep0227] ملف تصدير لحساب XMPP بصيغة XEP-0227
        [pasted-text] قائمة عناوين
       *[other] { $format }
    }
import-preview = ما أرسلته عبارة عن { import-format }، { $found ->
        [zero] وليس فيه أي إدخال
        [one] وفيه إدخال واحد
        [two] وفيه إدخالان
        [few] وفيه { $found } إدخالات
        [many] وفيه { $found } إدخالًا
       *[other] وفيه { $found } إدخال
    }.
    • { $mapped ->
        [zero] لا يمكن إضافة أي جهة اتصال
        [one] يمكن إضافة جهة اتصال واحدة
        [two] يمكن إضافة جهتي اتصال
        [few] يمكن إضافة { $mapped } جهات اتصال
        [many] يمكن إضافة { $mapped } جهة اتصال
       *[other] يمكن إضافة { $mapped } جهة اتصال
    } (عناوين XMPP أصلًا: { $xmpp }، ومن جدول عناوين مؤسستك: { $adminMap }، وعبر بوابة: { $transport })، { $groups ->
        [zero] دون أي مجموعة
        [one] في مجموعة واحدة
        [two] في مجموعتين
        [few] في { $groups } مجموعات
        [many] في { $groups } مجموعة
       *[other] في { $groups } مجموعة
    }.
    • { $unmapped ->
        [0] لم يتبقَّ شيء.
        [zero] لم يتبقَّ شيء.
        [one] إدخال واحد لا يمكن إضافته:
        [two] إدخالان لا يمكن إضافتهما:
        [few] { $unmapped } إدخالات لا يمكن إضافتها:
        [many] { $unmapped } إدخالًا لا يمكن إضافتها:
       *[other] { $unmapped } إدخال لا يمكن إضافتها:
    }
    { $unmappedList }
import-problems = { $problems ->
        [zero] لا يوجد في الملف أي جزء بلا عنوان صالح:
        [one] جزء واحد من الملف لا يحتوي على عنوان يمكنني استخدامه:
        [two] جزآن من الملف لا يحتويان على عنوان يمكنني استخدامه:
        [few] { $problems } أجزاء من الملف لا تحتوي على عنوان يمكنني استخدامه:
        [many] { $problems } جزءًا من الملف لا تحتوي على عنوان يمكنني استخدامه:
       *[other] { $problems } جزء من الملف لا تحتوي على عنوان يمكنني استخدامه:
    }
    { $problemList }
import-problem-item = { $line ->
        [0] {""}
       *[other] السطر { $line }:{" "}
    }{ $detail } ({ $code ->
        [no-address] لا يوجد عنوان
        [invalid-address] ليس عنوانًا صالحًا
        [not-a-user-address] خادم وليس شخصًا
        [unknown-protocol] شبكة غير معروفة
        [chat-room-skipped] غرفة محادثة وليست جهة اتصال
        [other-user-skipped] يخص حسابًا آخر في الملف
        [conflicting-mapping] رُبط بعنوانين مختلفين
       *[other] { $code }
    })
import-nothing = ما أرسلته عبارة عن { import-format }، { $found ->
        [zero] وليس فيه أي إدخال
        [one] وفيه إدخال واحد
        [two] وفيه إدخالان
        [few] وفيه { $found } إدخالات
        [many] وفيه { $found } إدخالًا
       *[other] وفيه { $found } إدخال
    }، لكن ليس في أيٍّ من ذلك عنوان يمكنني إضافته.
    { $unmappedList }
    أرسل ملفًا آخر، أو *إلغاء*.

## مشكلات في الملف
import-encrypted = هذا الملف مشفّر تشفيرًا تامًا بين الطرفين (OMEMO)، لذا لا أستطيع قراءته. أرسله من فضلك دون تشفير، من محادثة أوقفت فيها التشفير مثلًا.
import-download-failed = لم أتمكن من جلب ذلك الملف: { $reason ->
        [too-large] حجمه أكبر من { NUMBER($max) ->
            [zero] { NUMBER($max) } بايت
            [one] بايت واحد
            [two] بايتين
            [few] { NUMBER($max) } بايتات
            [many] { NUMBER($max) } بايتًا
           *[other] { NUMBER($max) } بايت
        }
        [private-address] إنه على عنوان في شبكة خاصة لا يُسمح لي بالوصول إليه
        [timeout] استغرق جلبه وقتًا طويلًا جدًا
        [http-status] لم يسلّمه الخادم
        [bad-url] هذا ليس رابط ويب أستطيع استخدامه
       *[other] { $reason }
    }.
import-error-empty = هذا الملف فارغ.
import-error-binary = لا يبدو هذا ملفًا نصيًا (ربما صورة أو برنامج). أرسل من فضلك قائمة جهات الاتصال المصدَّرة.
import-error-too-large = هذا الملف كبير جدًا عليّ (أقبل { NUMBER($max) ->
        [zero] { NUMBER($max) } بايت
        [one] بايتًا واحدًا
        [two] بايتين
        [few] { NUMBER($max) } بايتات
        [many] { NUMBER($max) } بايتًا
       *[other] { NUMBER($max) } بايت
    } و100 ألف إدخال على الأكثر).
import-error-unknown-format = لا أعرف هذا التنسيق. أرسل ملف ctt من MSN، أو ملف CSV، أو vCard، أو ملف blist.xml من Pidgin، أو ملف تصدير XEP-0227، أو الصق العناوين.
import-error-xml-malformed = ملف XML هذا تالف؛ لم أتمكن من قراءته.
import-error-xml-entities-forbidden = يعرّف هذا الملف كيانات XML، وأنا أرفض توسيعها حرصًا على الأمان. صدّر القائمة مرة أخرى من فضلك.
import-error-truncated = ينتهي هذا الملف في منتصفه؛ يبدو أنه مقطوع. أرسله مرة أخرى من فضلك.
import-error-csv-malformed = ملف CSV هذا تالف (فيه مثلًا علامة اقتباس لا تُغلق أبدًا).
import-error-chat-history-not-contacts = هذا سجل محادثات من Windows Live Messenger، وليس قائمة جهات اتصال. إنه يذكر الأشخاص بأسمائهم الظاهرة فقط، لذا لا أستطيع أن أضيف منه أحدًا. ابحث بدلًا منه عن ملف تصدير قائمة جهات الاتصال، وامتداده ctt.
import-error-user-not-found = لا يحتوي ملف التصدير هذا على الحساب الذي توقعته.

## التنفيذ والتقرير
import-started = { $count ->
        [zero] لا توجد جهات اتصال لإضافتها إلى { $jid }
        [one] أضيف الآن جهة اتصال واحدة إلى { $jid }
        [two] أضيف الآن جهتي اتصال إلى { $jid }
        [few] أضيف الآن { $count } جهات اتصال إلى { $jid }
        [many] أضيف الآن { $count } جهة اتصال إلى { $jid }
       *[other] أضيف الآن { $count } جهة اتصال إلى { $jid }
    }؛ وسأوافيك بالنتيجة هنا.
import-suggested = { $count ->
        [zero] لم أرسل إلى تطبيقك أي اقتراحات.
        [one] أرسلت إلى تطبيقك جهة اتصال واحدة كاقتراح، ومن المفترض أن يسألك عنها.
        [two] أرسلت إلى تطبيقك جهتي اتصال كاقتراحين، ومن المفترض أن يسألك عن كل واحدة منهما.
        [few] أرسلت إلى تطبيقك { $count } جهات اتصال كاقتراحات، ومن المفترض أن يسألك عن كل واحدة منها.
        [many] أرسلت إلى تطبيقك { $count } جهة اتصال كاقتراحات، ومن المفترض أن يسألك عن كل واحدة منها.
       *[other] أرسلت إلى تطبيقك { $count } جهة اتصال كاقتراحات، ومن المفترض أن يسألك عن كل واحدة منها.
    } (إن لم يظهر شيء، فتطبيقك لا يدعم هذه الميزة؛ أرسل *استيراد* مرة أخرى واختر حسابًا بدلًا من ذلك.)
import-suggestion-body = جهات اتصال من عملية الاستيراد ({ $count }): يستطيع تطبيقك إضافتها لك.
import-report-done = اكتمل الاستيراد إلى { $target }.
import-report-cancelled = أُلغي الاستيراد إلى { $target }. هذا ما كان قد تم حتى الآن:
import-report-counts = { $total ->
        [zero] لم يكن في قائمة الاستيراد أي إدخال
        [one] في قائمة الاستيراد إدخال واحد
        [two] في قائمة الاستيراد إدخالان
        [few] في قائمة الاستيراد { $total } إدخالات
        [many] في قائمة الاستيراد { $total } إدخالًا
       *[other] في قائمة الاستيراد { $total } إدخال
    }. المضافة: { $moved } (طُلب من { $requested } منها مشاركة حالة الحضور)، والمتعذّر إضافتها: { $failed }، وغير المضافة: { $skipped }{ $pending ->
        [0] .
        [zero] .
        [one] ، وغير المكتملة بعد: { $pending }.
        [two] ، وغير المكتملة بعد: { $pending }.
        [few] ، وغير المكتملة بعد: { $pending }.
        [many] ، وغير المكتملة بعد: { $pending }.
       *[other] ، وغير المكتملة بعد: { $pending }.
    }
import-interrupted = توقّف الاستيراد قبل اكتماله (أُعيد تشغيلي أو انقطع الاتصال). أرسل *استيراد* لتبدأه من جديد؛ ولن تُسأل جهات الاتصال المضافة سابقًا مرة ثانية.
