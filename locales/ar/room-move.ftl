## نقل غرفة دردشة كاملة (move room)
cmd-move-room = نقل غرفة, نقل الغرفة
cmd-move-room-title = نقل غرفة دردشة جماعية
cmd-move-room-summary = نقل غرفة تملكها إلى خدمة غرف أخرى مع إعداداتها وموضوعها وأعضائها

room-move-intro = لننقل غرفة دردشة جماعية تملكها، بصفتك { $user }، إلى خدمة أخرى. سأنشئ الغرفة هناك، وأنسخ إعداداتها وموضوعها وقوائم أعضائها (من انتقل من قبل يُدرج بعنوانه الجديد)، وبعدها فقط أغلق الغرفة القديمة وأرسل كل من فيها إلى الجديدة. لن يتغير شيء قبل أن توافق على الخطة.
room-move-ask-room = أي غرفة؟ أرسل عنوانها (مثل room@conference.example.org).
room-move-not-owner = لست مالكًا لـ { $room } (أو أن الغرفة لا تُظهر قائمة مالكيها لهذا الحساب). وحده المالك يستطيع نقل غرفة. أي غرفة؟
room-move-room-unreachable = لم أستطع قراءة { $room } ({ $reason }). تحقق من العنوان. أي غرفة؟
room-move-ask-service = إلى أين تُنقل الغرفة؟
room-move-service-other = خدمة أخرى (سأسأل عن عنوانها)
room-move-ask-service-jid = عنوان خدمة الغرف التي تُنقل إليها الغرفة (مثل conference.example.org):
room-move-same-service = الغرفة موجودة على هذه الخدمة أصلًا. أرسل خدمة غرف أخرى.
room-move-not-muc = { $service } ليست خدمة غرف دردشة. أرسل عنوانًا آخر.
room-move-service-unreachable = لم أستطع الوصول إلى { $service } ({ $reason }). أرسل عنوانًا آخر.
room-move-ask-creator = أي من حساباتك ينشئ الغرفة الجديدة (ويكون مالكها)؟
room-move-creator-new = عنوانك الجديد، { $jid }
room-move-creator-new-unknown = عنوانك الجديد (سأسأل أيّ عنوان)
room-move-creator-old = هذا العنوان، { $jid }
room-move-ask-new-jid = عنوانك الجديد:
room-move-ask-new-password = كلمة مرور عنوانك الجديد { $jid }، لأتحقق من أنه لك:
room-move-reading = أقرأ الغرفة (يدخلها هذا الحساب لحظة ليقرأ موضوعها)…
room-move-plan-continues = نقلٌ سابق لهذه الغرفة إلى المكان نفسه توقف قبل نهايته: هذا النقل يكمله.
room-move-plan = الخطة: نقل { $room } إلى { $newRoom }، وينشئها { $creator } (مالكها).
    الإعدادات المنسوخة: الاسم «{ $name }»، الوصف «{ $description }»، للأعضاء فقط: { $membersOnly ->
        [yes] نعم
       *[no] لا
    }، خاضعة للإشراف: { $moderated ->
        [yes] نعم
       *[no] لا
    }، دائمة: { $persistent ->
        [yes] نعم
       *[no] لا (تُنشأ الغرفة الجديدة دائمة لتكون موجودة حين يصل إليها من فيها)
    }، العناوين الحقيقية يراها: { $anonymity ->
        [anyone] الجميع
        [moderators] المشرفون
       *[other] { $anonymity }
    }، السجل: { $history ->
        [unknown] لا تذكره الغرفة
       *[other] { $history } رسالة
    }، كلمة المرور: { $password ->
        [yes] نعم (تُنسخ ولا تُعرض)
       *[no] لا توجد
    }{ $others ->
        [0] {""}
       *[other] ، وإعدادات أخرى: { $others }
    }.
    الموضوع: «{ $subject }».
    عدد الانتماءات: { $total } (المالكون: { $owners }، المديرون: { $admins }، الأعضاء: { $members }، المحظورون: { $outcasts })؛ { $mapped ->
        [0] لم ينتقل أحد منهم.
       *[other] انتقل منهم { $mapped } ويُدرجون بعناوينهم الجديدة:
    }
    { $mappedList }
room-move-plan-mapped-item = • { $jid } ← { $newJid } ({ $via ->
        [ferry] انتقل مع Ferry
        [statement] يقول ذلك إعلانه XEP-0283
       *[owner] أنت، مع الغرفة
    })
room-move-ask-old-room = وماذا عن الغرفة القديمة حين تجهز الجديدة؟
room-move-old-destroy = إغلاقها وإرسال من فيها إلى الغرفة الجديدة
room-move-old-keep = تركها مفتوحة مع رسالة تشير إلى الغرفة الجديدة
room-move-ask-confirm = هل أبدأ الآن؟
room-move-declined = حسنًا، لم يتغير شيء.
room-move-started = أنقل { $room } إلى { $newRoom } الآن. سأخبرك هنا حين أنتهي.
room-move-already-running = هذه الغرفة قيد النقل بالفعل. سأخبرك حين أنتهي.
room-move-passwords-lost = لم تعد كلمات مرورك عندي (أحفظها في الذاكرة فقط، وفي الأثناء أُعيد تشغيلي أو مرّ وقت طويل). أرسل *نقل غرفة* مرة أخرى: النقل المتوقف يكمل من حيث توقف.
room-move-interrupted = انقطع نقل { $room } (فُقد اتصال). لم يُغلق شيء. أرسل *نقل غرفة* مرة أخرى لإكماله.
room-move-reason = انتقلت هذه الغرفة إلى { $newRoom }.
room-move-pointer = انتقلت هذه الغرفة إلى { $newRoom }. انضموا إلينا هناك!
room-move-done = انتقلت { $room } إلى { $newRoom }: الإعدادات والموضوع والانتماءات ({ $count }) في مكانها (بعناوين جديدة: { $mapped }). { $closing ->
        [destroy] أُغلقت الغرفة القديمة وأُرسل من فيها إلى الجديدة.
        [keep-open] تبقى الغرفة القديمة مفتوحة مع رسالة تشير إلى الجديدة.
       *[pointer-failed] تبقى الغرفة القديمة مفتوحة، لكن تعذّر نشر الرسالة التي تشير إلى الجديدة ({ $error }).
    }
room-move-uncopied = إعدادات في الغرفة القديمة لا مكان لها في الخدمة الجديدة ولم تُنسخ: { $count }.
    { $list }
room-move-uncopied-item = • { $field }
room-move-subject-failed = تعذّر ضبط الموضوع في الغرفة الجديدة ({ $error }).
room-move-failed = توقف نقل { $room } إلى { $newRoom } { $step ->
        [read] أثناء قراءة الغرفة القديمة
        [create] عند إنشاء الغرفة الجديدة
        [configure] عند ضبط الغرفة الجديدة
        [lists] عند ملء قوائم الأعضاء
        [verify] لأن قوائم أعضاء الغرفة الجديدة غير مكتملة
       *[close] عند إغلاق الغرفة القديمة
    } ({ $reason ->
        [not-allowed] لا تسمح الخدمة لهذا الحساب بإنشاء غرف
        [room-exists] توجد هناك غرفة بهذا الاسم من قبل
        [lists-incomplete] انظر أدناه
       *[other] { $reason }
    }). { $step ->
        [close] الغرفة الجديدة جاهزة.
       *[other] لم تتغير الغرفة القديمة.
    }
room-move-members-refused = إدخالات رفضتها الغرفة الجديدة: { $count }.
    { $list }
room-move-member-refused = • { $jid } ({ $affiliation }): { $error }
