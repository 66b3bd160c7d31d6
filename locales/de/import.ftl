## Befehle
cmd-import = importieren, import, kontakte
cmd-import-title = Kontakte importieren
cmd-import-summary = Kontakte aus einer Datei (MSN Messenger, Outlook-CSV, vCard, Pidgin, XEP-0227) oder einer eingefügten Liste hinzufügen

## Fragen
import-intro = Schick mir deine Kontaktliste als Datei (über den Datei-Upload deines Clients) oder füg die Adressen ein. Ich kann MSN-/Windows-Live-Messenger-Exporte (.ctt), Outlook- und Hotmail-CSV, vCards (.vcf), Pidgins blist.xml, XEP-0227-Kontoexporte (etwa eine Ferry-Sicherung) und einfache Adresslisten lesen.
import-ask-file = Deine Datei oder deine Liste:
import-reading = Ich lese sie…
import-ask-account = Wohin soll ich diese Kontakte hinzufügen?
import-account-this = zu diesem Konto ({ $jid })
import-account-target = zu deinem neuen Konto ({ $jid })
import-account-suggest = als Vorschläge an meinen Chat-Client schicken, die ich einzeln annehme (Gajim, Psi; kein Passwort nötig)
import-ask-password = Das Passwort von { $jid }:
import-unreachable = Ich konnte den Server von { $jid } nicht erreichen. Bitte versuch es später noch einmal oder wähl ein anderes Konto.

## Vorschau
import-format = { $format ->
        [msn-ctt] eine MSN-Messenger-Kontaktliste
        [outlook-csv] eine Outlook-Kontaktdatei
        [csv] eine CSV-Datei
        [vcard] vCards
        [pidgin-blist] eine Pidgin-Buddyliste
        [xep0227] ein XMPP-Kontoexport (XEP-0227)
        [pasted-text] eine Adressliste
       *[other] { $format }
    }
import-preview = Das ist { import-format } mit { $found ->
        [one] 1 Eintrag
       *[other] { $found } Einträgen
    }.
    • { $mapped ->
        [one] 1 Kontakt kann hinzugefügt werden
       *[other] { $mapped } Kontakte können hinzugefügt werden
    }: { $xmpp } sind schon XMPP-Adressen, { $adminMap } stammen aus der Adresstabelle deiner Organisation, { $transport } laufen über ein Gateway; in { $groups ->
        [one] 1 Gruppe
       *[other] { $groups } Gruppen
    }.
    • { $unmapped ->
        [0] Es bleibt nichts übrig.
        [one] 1 Eintrag kann nicht hinzugefügt werden:
       *[other] { $unmapped } Einträge können nicht hinzugefügt werden:
    }
    { $unmappedList }
import-problems = { $problems ->
        [one] 1 Teil der Datei enthielt keine Adresse, die ich verwenden kann:
       *[other] { $problems } Teile der Datei enthielten keine Adresse, die ich verwenden kann:
    }
    { $problemList }
import-problem-item = { $line ->
        [0] {""}
       *[other] Zeile { $line }:{" "}
    }{ $detail } ({ $code ->
        [no-address] keine Adresse
        [invalid-address] keine gültige Adresse
        [not-a-user-address] ein Server, keine Person
        [unknown-protocol] unbekanntes Netz
        [chat-room-skipped] ein Chatraum, kein Kontakt
        [other-user-skipped] gehört zu einem anderen Konto in der Datei
        [conflicting-mapping] doppelt zugeordnet
        [invalid-subscription] unbekannter Abonnementstatus; ohne Präsenzfreigabe hinzugefügt
        [too-many-problems] weitere Probleme in der Datei, nicht einzeln aufgeführt
       *[other] { $code }
    })
import-unanswered = { $count ->
        [one] 1 Person hatte gefragt, ob sie sehen darf, wann du online bist, und du hast nie geantwortet. Ich nehme sie in deine Kontakte auf, ohne das zu erlauben und ohne ihr eine Anfrage zu schicken; sie kann noch einmal fragen:
       *[other] { $count } Personen hatten gefragt, ob sie sehen dürfen, wann du online bist, und du hast nie geantwortet. Ich nehme sie in deine Kontakte auf, ohne das zu erlauben und ohne ihnen eine Anfrage zu schicken; sie können noch einmal fragen:
    }
    { $list }
import-unanswered-item = { $jid }
import-mapped = { $count ->
        [one] 1 Kontakt wird unter einer anderen Adresse hinzugefügt:
       *[other] { $count } Kontakte werden unter einer anderen Adresse hinzugefügt:
    }
    { $list }
import-mapped-item = { $address } → { $jid } ({ $rule ->
        [admin-map] aus der Adresstabelle deiner Organisation
        [transport] über ein Gateway
       *[other] { $rule }
    })
import-nothing = Das ist { import-format } mit { $found ->
        [one] 1 Eintrag
       *[other] { $found } Einträgen
    }, aber keiner davon ist eine Adresse, die ich hinzufügen kann.
    { $unmappedList }
    Schick eine andere Datei oder *abbrechen*.

## Probleme mit der Datei
import-encrypted = Diese Datei ist Ende-zu-Ende-verschlüsselt (OMEMO), deshalb kann ich sie nicht lesen. Schick sie bitte unverschlüsselt, etwa aus einem Chat mit ausgeschalteter Verschlüsselung.
import-download-failed = Ich konnte die Datei nicht abrufen: { $reason ->
        [too-large] sie ist größer als { NUMBER($max) } Bytes
        [private-address] sie liegt an einer privaten Netzadresse, die ich nicht abrufen darf
        [timeout] es hat zu lange gedauert
        [http-status] der Server hat sie nicht herausgegeben
        [bad-url] das ist kein Weblink, mit dem ich etwas anfangen kann
        [unresolvable] der Name ihres Servers ließ sich nicht auflösen
        [too-many-redirects] der Link wurde zu oft weitergeleitet
        [network] die Verbindung zu ihrem Server ist fehlgeschlagen
       *[other] { $reason }
    }.
import-error-empty = Diese Datei ist leer.
import-error-binary = Das sieht nicht nach einer Textdatei aus (vielleicht ein Bild oder ein Programm). Schick bitte die exportierte Kontaktliste.
import-error-too-large = Diese Datei ist mir zu groß (höchstens { NUMBER($max) } Bytes und 100.000 Einträge).
import-error-unknown-format = Dieses Format kenne ich nicht. Schick eine MSN-.ctt, eine CSV, eine vCard, Pidgins blist.xml, einen XEP-0227-Export oder füg die Adressen ein.
import-error-xml-malformed = Diese Datei ist fehlerhaftes XML; ich konnte sie nicht lesen.
import-error-xml-entities-forbidden = Diese Datei deklariert XML-Entitäten, die ich aus Sicherheitsgründen nicht auflöse. Exportier die Liste bitte noch einmal.
import-error-truncated = Diese Datei hört mittendrin auf; sie scheint abgeschnitten zu sein. Schick sie bitte noch einmal.
import-error-csv-malformed = Diese CSV-Datei ist fehlerhaft (zum Beispiel ein Anführungszeichen, das nie endet).
import-error-chat-history-not-contacts = Das ist ein Chatverlauf aus dem Windows Live Messenger, keine Kontaktliste. Er nennt Leute nur mit ihren Anzeigenamen, deshalb kann ich daraus niemanden hinzufügen. Such stattdessen den Export der Kontaktliste (.ctt).
import-error-user-not-found = In diesem Export habe ich { $accounts ->
        [one] 1 Konto
       *[other] { $accounts } Konten
    } gefunden, aber nicht deins ({ $user }). Exportier dein eigenes Konto allein, oder schick mir die Datei von dem Konto aus, zu dem sie gehört.
import-error-xep0227-index-file = Das ist die Indexdatei eines Server-Exports: Sie enthält keine Konten, sondern nennt nur die Datei für jede Domain. Schick mir die Datei, die sie für deine Domain nennt: { $files }

## Ablauf und Bericht
import-started = Ich füge jetzt { $count ->
        [one] 1 Kontakt
       *[other] { $count } Kontakte
    } zu { $jid } hinzu und melde mich hier.
import-suggested = Ich habe deinem Client { $count ->
        [one] 1 Kontakt
       *[other] { $count } Kontakte
    } als Vorschläge geschickt. Er sollte dich zu jedem fragen. (Wenn nichts erscheint, kann dein Client das nicht; schick dann noch einmal *importieren* und wähl ein Konto.)
import-suggestion-body = Kontakte aus deinem Import ({ $count }): dein Client kann sie für dich hinzufügen.
import-report-done = Dein Import nach { $target } ist fertig.
import-report-cancelled = Dein Import nach { $target } wurde abgebrochen. So weit war ich gekommen:
import-report-unanswered-title = Ohne Erlaubnis und ohne Anfrage aufgenommen (sie hatten gefragt, ob sie sehen dürfen, wann du online bist, und du hast nie geantwortet; sie können noch einmal fragen):
import-report-counts = { $total ->
        [one] Von 1 Eintrag
       *[other] Von { $total } Einträgen
    }: { $moved } hinzugefügt ({ $requested } um Präsenzfreigabe gebeten), { $failed } fehlgeschlagen, { $skipped } nicht hinzugefügt{ $pending ->
        [0] .
       *[other] , { $pending } noch offen.
    }
import-interrupted = Dein Import wurde unterbrochen (ich wurde neu gestartet oder habe die Verbindung verloren). Schick *importieren*, um ihn neu zu starten; schon hinzugefügte Kontakte werden nicht noch einmal gefragt.
import-already-running = Dieser Import läuft schon, deshalb habe ich ihn nicht ein zweites Mal gestartet. Ich schicke dir den Bericht hier, wenn er fertig ist.
