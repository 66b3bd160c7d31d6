## Commands
cmd-restore = wiederherstellen, restore
cmd-restore-title = Eine Sicherung wiederherstellen
cmd-restore-summary = eine Sicherung (XEP-0227: von Ferry, oder ein Export von Prosody, Snikket oder ejabberd) auf ein Konto zurückspielen: Kontakte, Profil, Lesezeichen, blockierte Adressen

## Asking
restore-intro = Schick mir die Sicherungsdatei (über den Datei-Upload deines Clients, oder füg ihren Download-Link ein). Ich lese Ferrys Sicherungen und die XEP-0227-Exporte von Prosody, Snikket und ejabberd. Zuerst zeige ich dir, was darin steht; geschrieben wird erst, wenn du mir das Passwort des Kontos gibst, auf das ich sie zurückspielen soll.
restore-ask-file = Die Sicherungsdatei oder ihr Link:
restore-reading = Ich lese die Sicherung…
restore-ask-account-in-file = Diese Datei enthält mehrere Konten. Welches ist deins?
restore-ask-account = Auf welches Konto soll ich sie zurückspielen?
restore-ask-continue = Deine Wiederherstellung auf { $jid } wurde unterbrochen. Soll ich dort weitermachen, wo sie stehen geblieben ist? (Nein: eine neue mit einer Datei beginnen.)
restore-unreachable = Ich konnte den Server von { $jid } nicht erreichen. Bitte versuch es später noch einmal.

## Preview
restore-preview = Diese Sicherung enthält das Konto { $account }{ $ferry ->
        [yes] {" "}(von Ferry erstellt)
       *[no] {""}
    }. Ich spiele zurück:
    • { $contacts ->
        [one] 1 Kontakt
       *[other] { $contacts } Kontakte
    } mit ihren Namen, { $groups ->
        [one] 1 Gruppe
       *[other] { $groups } Gruppen
    } und wer wen online sieht
    • Visitenkarte (vCard): { $vcard ->
        [0] keine
       *[other] ja
    }; Profilbild: { $avatar ->
        [0] keins
       *[other] ja
    }; Spitzname: { $nickname ->
        [0] keiner
       *[other] ja
    }
    • Lesezeichen: { $bookmarks } (und { $legacyBookmarks } im alten Format)
    • blockierte Adressen: { $blocked }
    • weitere gespeicherte Daten (PEP-Knoten): { $pepNodes }
restore-history = Sie enthält außerdem { $messages ->
        [one] 1 Nachricht
       *[other] { $messages } Nachrichten
    } aus deinem Verlauf. Die schreibe ich nicht: XMPP bietet keinen Weg, Verlauf in das Archiv eines Servers zu schreiben. Die Admins deines neuen Servers können die Datei importieren (wie das mit Prosody geht, steht in Ferrys README).
restore-skipped = { $count ->
        [one] 1 Eintrag ihrer Kontaktliste kann nicht zurückgespielt werden:
       *[other] { $count } Einträge ihrer Kontaktliste können nicht zurückgespielt werden:
    }
    { $list }
restore-not-a-backup = Das ist keine Sicherung, die ich lesen kann: Ich spiele XEP-0227-Dateien zurück (Ferrys Sicherungen und die Exporte von Prosody, Snikket und ejabberd). Für andere Kontaktlisten nimm *importieren*.
restore-nothing = Die Sicherung von { $account } enthält weder Kontakte noch Profildaten: Es gibt nichts zurückzuspielen. Schick eine andere Datei, oder *abbrechen*.

## Running and report
restore-started = Ich spiele die Sicherung jetzt auf { $jid } zurück und melde mich hier, wenn es fertig ist.
restore-progress-profile = Kontakte erledigt. Jetzt kommen dein Profil, deine Lesezeichen und die blockierten Adressen.
restore-already-running = Eine Wiederherstellung von dir läuft bereits, deshalb habe ich keine zweite gestartet. Den Bericht schicke ich dir hier, wenn sie fertig ist.
restore-report-done = Deine Wiederherstellung auf { $target } ist fertig.
restore-report-cancelled = Deine Wiederherstellung auf { $target } wurde abgebrochen. So weit war sie gekommen:
restore-report-counts = { $total ->
        [one] Von 1 Kontakt in der Sicherung
       *[other] Von { $total } Kontakten in der Sicherung
    }: { $moved } zurückgespielt ({ $requested } erneut um Freigabe gebeten), { $failed } fehlgeschlagen, { $skipped } nicht zurückgespielt{ $pending ->
        [0] .
       *[other] , { $pending } noch offen.
    }
restore-interrupted = Deine Wiederherstellung wurde unterbrochen (ich wurde neu gestartet oder habe die Verbindung verloren). Schick *wiederherstellen*, um dort weiterzumachen, wo sie stehen geblieben ist; nichts, was schon erledigt ist, geschieht zweimal.
