## Команды
cmd-import = импорт, контакты, импортировать
cmd-import-title = Импорт контактов
cmd-import-summary = добавить контакты из файла (MSN Messenger, Outlook CSV, vCard, Pidgin, XEP-0227) или из вставленного списка

## Вопросы
import-intro = Пришли мне список контактов файлом (через отправку файлов в твоём клиенте) или просто вставь адреса текстом. Я умею читать экспорт из MSN/Windows Live Messenger (.ctt), CSV из Outlook и Hotmail, vCard (.vcf), blist.xml из Pidgin, экспорт аккаунта в формате XEP-0227 (например, резервную копию из Ferry) и обычные списки адресов.
import-ask-file = Твой файл или список:
import-reading = Читаю…
import-ask-account = Куда добавить эти контакты?
import-account-this = в этот аккаунт ({ $jid })
import-account-target = в твой новый аккаунт ({ $jid })
import-account-suggest = отправить их в мой чат-клиент как предложения, чтобы принять по одному (Gajim, Psi; пароль не нужен)
import-ask-password = Пароль от { $jid }:

## Предпросмотр
import-format = { $format ->
        [msn-ctt] список контактов MSN Messenger
        [outlook-csv] файл контактов Outlook
        [csv] CSV-файл
        [vcard] файл vCard
        [pidgin-blist] список контактов Pidgin
        [xep0227] экспорт XMPP-аккаунта (XEP-0227)
        [pasted-text] список адресов
       *[other] { $format }
    }
import-preview = Это { import-format }, всего { $found ->
        [one] { $found } запись
        [few] { $found } записи
        [many] { $found } записей
       *[other] { $found } записи
    }.
    • { $mapped ->
        [one] Можно добавить { $mapped } контакт
        [few] Можно добавить { $mapped } контакта
        [many] Можно добавить { $mapped } контактов
       *[other] Можно добавить { $mapped } контакта
    } из { $groups ->
        [one] { $groups } группы
        [few] { $groups } групп
        [many] { $groups } групп
       *[other] { $groups } группы
    } (уже XMPP-адреса: { $xmpp }, из адресной таблицы твоей организации: { $adminMap }, через шлюз: { $transport }).
    • { $unmapped ->
        [0] Все записи можно добавить.
        [one] Нельзя добавить { $unmapped } запись:
        [few] Нельзя добавить { $unmapped } записи:
        [many] Нельзя добавить { $unmapped } записей:
       *[other] Нельзя добавить { $unmapped } записи:
    }
    { $unmappedList }
import-problems = { $problems ->
        [one] В { $problems } фрагменте файла не нашлось адреса, который я мог бы использовать:
        [few] В { $problems } фрагментах файла не нашлось адреса, который я мог бы использовать:
        [many] В { $problems } фрагментах файла не нашлось адреса, который я мог бы использовать:
       *[other] В { $problems } фрагмента файла не нашлось адреса, который я мог бы использовать:
    }
    { $problemList }
import-problem-item = { $line ->
        [0] {""}
       *[other] строка { $line }:{" "}
    }{ $detail } ({ $code ->
        [no-address] нет адреса
        [invalid-address] некорректный адрес
        [not-a-user-address] это сервер, а не человек
        [unknown-protocol] неизвестная сеть
        [chat-room-skipped] это групповой чат, а не контакт
        [other-user-skipped] относится к другому аккаунту в файле
        [conflicting-mapping] сопоставлен дважды
       *[other] { $code }
    })
import-nothing = Это { import-format }, всего { $found ->
        [one] { $found } запись
        [few] { $found } записи
        [many] { $found } записей
       *[other] { $found } записи
    }, но ни одного адреса, который я мог бы добавить, там нет.
    { $unmappedList }
    Пришли другой файл или отправь *отмена*.

## Проблемы с файлом
import-encrypted = Этот файл зашифрован сквозным шифрованием (OMEMO), поэтому я не могу его прочитать. Пришли его без шифрования — например, из чата, где шифрование выключено.
import-download-failed = Мне не удалось скачать файл: { $reason ->
        [too-large] он больше { NUMBER($max) } { NUMBER($max) ->
            [one] байта
            [few] байт
            [many] байт
           *[other] байта
        }
        [private-address] он лежит по адресу в частной сети, куда мне обращаться нельзя
        [timeout] это заняло слишком много времени
        [http-status] сервер его не отдал
        [bad-url] это не веб-ссылка, которую я могу открыть
       *[other] { $reason }
    }.
import-error-empty = Этот файл пустой.
import-error-binary = Это не похоже на текстовый файл (возможно, это картинка или программа). Пришли экспортированный список контактов.
import-error-too-large = Этот файл для меня слишком большой (максимум — { NUMBER($max) } { NUMBER($max) ->
        [one] байт
        [few] байта
        [many] байт
       *[other] байта
    } и 100 000 записей).
import-error-unknown-format = Я не знаю такого формата. Пришли .ctt из MSN, CSV, vCard, blist.xml из Pidgin, экспорт XEP-0227 или просто вставь адреса текстом.
import-error-xml-malformed = В этом файле повреждённый XML, я не смог его прочитать.
import-error-xml-entities-forbidden = В этом файле объявлены XML-сущности, а раскрывать их я из соображений безопасности не стану. Пожалуйста, экспортируй список ещё раз.
import-error-truncated = Файл обрывается на середине — похоже, он обрезан. Пришли его ещё раз.
import-error-csv-malformed = Этот CSV-файл повреждён (например, где-то не закрыта кавычка).
import-error-chat-history-not-contacts = Это история переписки из Windows Live Messenger, а не список контактов. Люди в ней указаны только по отображаемым именам, поэтому добавить оттуда никого не получится. Поищи лучше экспорт списка контактов (.ctt).
import-error-user-not-found = В этом экспорте нет аккаунта, который я ожидал увидеть.

## Выполнение и отчёт
import-started = Добавляю { $count ->
        [one] { $count } контакт
        [few] { $count } контакта
        [many] { $count } контактов
       *[other] { $count } контакта
    } в { $jid }. О результате напишу сюда.
import-suggested = Я отправил в твой клиент { $count ->
        [one] { $count } контакт
        [few] { $count } контакта
        [many] { $count } контактов
       *[other] { $count } контакта
    } на добавление. Он должен спросить тебя о каждом. (Если ничего не появилось, значит, твой клиент это не поддерживает; отправь *импорт* ещё раз и выбери аккаунт.)
import-suggestion-body = Контакты из твоего импорта ({ $count }): клиент может добавить их за тебя.
import-report-done = Импорт в { $target } завершён.
import-report-cancelled = Импорт в { $target } отменён. Вот что успело произойти:
import-report-counts = { $total ->
        [one] Из { $total } записи
        [few] Из { $total } записей
        [many] Из { $total } записей
       *[other] Из { $total } записи
    } добавлено { $moved } (с запросом на обмен статусами: { $requested }), ошибок: { $failed }, не добавлено: { $skipped }{ $pending ->
        [0] .
       *[other] , ещё не обработано: { $pending }.
    }
import-interrupted = Импорт прервался (меня перезапустили или пропало соединение). Отправь *импорт*, чтобы начать его заново; контактам, которые уже добавлены, повторный запрос не придёт.
