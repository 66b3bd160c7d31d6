## Команды администратора (их видят только JID из FERRY_ADMINS)
cmd-broadcast = рассылка, объявление, оповестить
cmd-broadcast-title = Разослать объявление
cmd-broadcast-summary = отправить всем пользователям (или некоторым) объявление о переезде, один раз или регулярно
cmd-broadcasts = напоминания, рассылки
cmd-broadcasts-title = Повторяющиеся рассылки
cmd-broadcasts-summary = посмотреть повторяющиеся рассылки и отменить одну из них
cmd-stats = статистика, стат
cmd-stats-title = Статистика
cmd-stats-summary = кто уже переехал, по дням, с файлом для скачивания

## Рассылка: текст
broadcast-intro = Давай напишем объявление. Я добавлю к нему короткую строку о том, как начать со мной переезд, — на языке каждого читателя. Все получат его от меня как сообщение в чате; кто сейчас не в сети, получит его при следующем входе.
broadcast-ask-text = Текст объявления ({ $language }). Можно в несколько строк, но одним сообщением:
broadcast-ask-languages = Хочешь написать его и на других языках? Отправь их коды, например «de». Доступны: { $offered }. Те, чей язык ты не укажешь, получат текст на основном языке.
broadcast-ask-translation = Текст объявления ({ $language }). Можно пропустить — тогда будет отправлен текст на основном языке:
broadcast-unknown-languages = Этих языков у меня нет: { $codes }. Доступны: { $offered }. Пришли объявление ещё раз.

## Рассылка: получатели
broadcast-registered-incomplete = Обрати внимание: сервер { $domain } не отдаёт мне список аккаунтов (для этого мне нужна команда XEP-0133 «get registered users list» с правами администратора сервера, а в Prosody 0.12 её нет). Поэтому «все» — это все, о ком я знаю: кто сейчас в сети, кто есть у меня в контактах, кто начинал переезд или когда-либо мне писал. Чтобы охватить все аккаунты, выбери список и вставь их (в Prosody: prosodyctl shell user list { $domain }).
broadcast-ask-audience = Кому отправить?
broadcast-audience-registered = { $complete ->
        [yes] Всем зарегистрированным пользователям { $domain } ({ $count })
       *[no] Всем на { $domain }, о ком я знаю ({ $count })
    }
broadcast-audience-pasted = По списку адресов, который я вставлю
broadcast-audience-online = Тем, кто сейчас в сети ({ $count })
broadcast-audience-started = Тем, кто начал переезд, но не закончил ({ $count })
broadcast-audience-not-started = { $complete ->
        [yes] Тем, кто ещё не начинал переезд ({ $count })
       *[no] Тем из известных мне, кто ещё не начинал переезд ({ $count })
    }
broadcast-ask-list = Вставь адреса, по одному на строку (или через пробел или запятую):
broadcast-list-file-hint = Если список длинный, лучше пришли текстовый файл с одним адресом на строку (например, вывод `prosodyctl shell user list`).
broadcast-list-empty = Я не нашёл там ни одного адреса. Вставь адреса вида name@example.org.
broadcast-list-read = Спасибо, список получил.
broadcast-list-ignored = { $count ->
        [one] Я пропустил { $count } запись, которая не похожа на адрес
        [few] Я пропустил { $count } записи, которые не похожи на адреса
        [many] Я пропустил { $count } записей, которые не похожи на адреса
       *[other] Я пропустил { $count } записи, которые не похожи на адреса
    }: { $list }

## Рассылка: повторы
broadcast-ask-every = Раз в сколько дней повторять рассылку для тех, кто ещё не переехал? Отправь число (например, 7).
broadcast-bad-every = Отправь целое число дней от 1 до 365 или пропусти этот шаг.
broadcast-ask-until = До какого дня (дата отключения)? Отправь её в формате ГГГГ-ММ-ДД, например 2030-06-30.
broadcast-bad-until = Отправь дату позже сегодняшней в формате ГГГГ-ММ-ДД.

## Рассылка: предпросмотр и отправка
broadcast-preview-heading = Именно это получат те, у кого выбран язык «{ $language }»:
broadcast-ask-confirm = { $count ->
        [one] Отправить { $count } получателю сейчас?
        [few] Отправить { $count } получателям сейчас?
        [many] Отправить { $count } получателям сейчас?
       *[other] Отправить { $count } получателям сейчас?
    }{ $every ->
        [0] {""}
        [1] {" "}Потом — каждый день до { $until } тем, кто ещё не переехал.
        [one] {" "}Потом — каждый { $every } день до { $until } тем, кто ещё не переехал.
        [few] {" "}Потом — каждые { $every } дня до { $until } тем, кто ещё не переехал.
        [many] {" "}Потом — каждые { $every } дней до { $until } тем, кто ещё не переехал.
       *[other] {" "}Потом — каждые { $every } дня до { $until } тем, кто ещё не переехал.
    }
broadcast-declined = Хорошо, ничего не отправлено. Отправь *рассылка*, чтобы начать заново.
broadcast-started = { $count ->
        [one] Отправляю { $count } получателю.
        [few] Отправляю { $count } получателям.
        [many] Отправляю { $count } получателям.
       *[other] Отправляю { $count } получателям.
    } Как всё пройдёт, напишу сюда.{ $every ->
        [0] {""}
       *[other] {" "}Напоминания запланированы; отправь *напоминания*, чтобы посмотреть или отменить их.
    }
broadcast-progress = Рассылка ещё идёт: отправлено { $done } из { $total }.
broadcast-report = Рассылка завершена: отправлено { $sent } из { $total }, ошибок: { $failed }.
broadcast-failed-list = Не удалось доставить:
    { $list }
broadcast-failed-item = { $jid } ({ $reason ->
        [service-unavailable] такого аккаунта нет, или он не принимает сообщения
        [item-not-found] такого аккаунта нет
        [remote-server-not-found] его сервер недоступен
        [remote-server-timeout] его сервер не ответил
        [send-failed] не удалось отправить: сбой моего собственного соединения
       *[other] ответ сервера: { $reason }
    })

## Строка, которая добавляется к каждому объявлению (на языке читателя)
broadcast-footer = Чтобы перенести свой аккаунт со всеми контактами, открой { $link } или отправь мне («{ $bot }») слово *{ $word }*.

## Повторяющиеся рассылки
broadcasts-none = Повторяющихся рассылок нет. Отправь *рассылка*, чтобы настроить новую.
broadcasts-intro = { $count ->
        [one] Запланирована { $count } повторяющаяся рассылка.
        [few] Запланированы { $count } повторяющиеся рассылки.
        [many] Запланировано { $count } повторяющихся рассылок.
       *[other] Запланировано { $count } повторяющейся рассылки.
    }
broadcasts-ask-cancel = Какую из них отменить?
broadcasts-item = «{ $excerpt }» — { $everyDays ->
        [1] каждый день
        [one] каждый { $everyDays } день
        [few] каждые { $everyDays } дня
        [many] каждые { $everyDays } дней
       *[other] каждые { $everyDays } дня
    } до { $until }, следующая отправка { $next } (пока отправлено { $runs ->
        [one] { $runs } раз
        [few] { $runs } раза
        [many] { $runs } раз
       *[other] { $runs } раза
    })
broadcasts-keep = Никакую, оставить все
broadcasts-kept = Хорошо, все рассылки остаются в расписании.
broadcasts-cancelled = Отменено. Эта рассылка больше не будет отправляться.

## Статистика
stats-table = ```
    Ещё не начали          { $notStarted }{ $complete ->
        [yes] {""}
       *[no] {" "}(из известных мне аккаунтов)
    }
    В процессе             { $inProgress }
    Переехали              { $moved }
    Ошибка или отмена      { $failed }
    Перенесено контактов   { $contacts }
    Выполнено импортов     { $imports }
    Рассылки               { $broadcasts } (сообщений: { $notices })
    ```
    По дням (переездов начато / завершено):
    ```
    { $days }
    ```
stats-day = { $day }   { $started } / { $moved }
stats-no-days = (переездов пока не было)
stats-export = Те же цифры в формате JSON: { $url }
stats-chart = Те же цифры на графике: { $url }
stats-chart-days-title = Переезды по дням
stats-chart-started = начато
stats-chart-moved = завершено
stats-chart-day = { DATETIME($day, month: "short", day: "numeric") }
stats-chart-users-title = Пользователи по состоянию
stats-chart-state-not-started = Ещё не начали
stats-chart-state-in-progress = В процессе
stats-chart-state-moved = Переехали
stats-chart-state-failed = Ошибка или отмена
stats-export-inline = { $reason ->
        [no-upload-service] Мой сервер не поддерживает загрузку файлов (XEP-0363), поэтому вот те же цифры в формате JSON:
       *[other] Не удалось загрузить выгрузку в JSON ({ $reason }), поэтому вот те же цифры в формате JSON:
    }
