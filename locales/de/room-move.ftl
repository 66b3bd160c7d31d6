## Einen ganzen Gruppenchat umziehen (move room)
cmd-move-room = raum umziehen, gruppenchat umziehen
cmd-move-room-title = Einen Gruppenchat umziehen
cmd-move-room-summary = einen Raum, dessen Besitzer du bist, mit Einstellungen, Thema und Mitgliedern auf einen anderen Gruppenchat-Dienst umziehen

room-move-intro = Lass uns einen Gruppenchat, dessen Besitzer du als { $user } bist, auf einen anderen Dienst umziehen. Ich lege den Raum dort an, übernehme Einstellungen, Thema und Mitgliederlisten (wer schon umgezogen ist, steht mit der neuen Adresse drin) und schließe erst dann den alten Raum, wobei alle dort zum neuen geschickt werden. Nichts ändert sich, bevor du dem Plan zustimmst.
room-move-ask-room = Welcher Raum? Schick seine Adresse (etwa raum@conference.example.org).
room-move-not-owner = Du bist kein Besitzer von { $room } (oder der Raum zeigt diesem Konto seine Besitzerliste nicht). Nur ein Besitzer kann einen Raum umziehen. Welcher Raum?
room-move-room-unreachable = Ich konnte { $room } nicht lesen ({ $reason }). Bitte prüf die Adresse. Welcher Raum?
room-move-ask-service = Wohin soll der Raum umziehen?
room-move-service-other = ein anderer Dienst (ich frage nach seiner Adresse)
room-move-ask-service-jid = Die Adresse des Gruppenchat-Dienstes, auf den der Raum umziehen soll (etwa conference.example.org):
room-move-same-service = Der Raum ist schon auf diesem Dienst. Bitte schick einen anderen Gruppenchat-Dienst.
room-move-not-muc = { $service } ist kein Gruppenchat-Dienst. Bitte schick eine andere Adresse.
room-move-service-unreachable = Ich konnte { $service } nicht erreichen ({ $reason }). Bitte schick eine andere Adresse.
room-move-ask-creator = Welches deiner Konten soll den neuen Raum anlegen (und sein Besitzer sein)?
room-move-creator-new = deine neue Adresse, { $jid }
room-move-creator-new-unknown = deine neue Adresse (ich frage, welche)
room-move-creator-old = diese Adresse, { $jid }
room-move-ask-new-jid = Deine neue Adresse:
room-move-ask-new-password = Das Passwort deiner neuen Adresse { $jid }, damit ich prüfen kann, dass sie dir gehört:
room-move-reading = Ich lese den Raum (dieses Konto betritt ihn kurz, um das Thema zu lesen) …
room-move-plan-continues = Ein früherer Umzug dieses Raums an dasselbe Ziel wurde vor dem Ende unterbrochen: dieser setzt ihn fort.
room-move-plan = Der Plan: { $room } zieht nach { $newRoom } um, angelegt von { $creator } (dem Besitzer).
    Übernommene Einstellungen: Name „{ $name }“, Beschreibung „{ $description }“, nur für Mitglieder: { $membersOnly ->
        [yes] ja
       *[no] nein
    }, moderiert: { $moderated ->
        [yes] ja
       *[no] nein
    }, dauerhaft: { $persistent ->
        [yes] ja
       *[no] nein (der neue Raum wird dauerhaft angelegt, damit er da ist, wenn seine Teilnehmer ankommen)
    }, echte Adressen sichtbar für: { $anonymity ->
        [anyone] alle
        [moderators] Moderatoren
       *[other] { $anonymity }
    }, Verlauf: { $history ->
        [unknown] vom Raum nicht angegeben
       *[other] { $history } Nachrichten
    }, Passwort: { $password ->
        [yes] ja (das Passwort wird übernommen, aber nicht angezeigt)
       *[no] keins
    }{ $others ->
        [0] {""}
        [one] und 1 weitere Einstellung
       *[other] und { $others } weitere Einstellungen
    }.
    Thema: „{ $subject }“.
    { $total ->
        [one] 1 Zugehörigkeit
       *[other] { $total } Zugehörigkeiten
    } ({ $owners } Besitzer, { $admins } Admins, { $members } Mitglieder, { $outcasts } gesperrt); { $mapped ->
        [0] niemand davon ist umgezogen.
        [one] 1 davon ist umgezogen und steht mit der neuen Adresse drin:
       *[other] { $mapped } davon sind umgezogen und stehen mit ihren neuen Adressen drin:
    }
    { $mappedList }
room-move-plan-mapped-item = • { $jid } → { $newJid } ({ $via ->
        [ferry] mit Ferry umgezogen
        [statement] laut seiner XEP-0283-Umzugsmeldung
       *[owner] du, mit dem Raum
    })
room-move-ask-old-room = Und der alte Raum, sobald der neue bereit ist?
room-move-old-destroy = schließen und seine Teilnehmer in den neuen Raum schicken
room-move-old-keep = offen lassen, mit einer Nachricht, die auf den neuen Raum verweist
room-move-ask-confirm = Jetzt starten?
room-move-declined = In Ordnung, nichts wurde geändert.
room-move-started = { $room } zieht jetzt nach { $newRoom } um. Ich sage dir hier Bescheid, wenn es fertig ist.
room-move-already-running = Dieser Raum wird schon umgezogen. Ich sage dir Bescheid, wenn es fertig ist.
room-move-passwords-lost = Ich habe deine Passwörter nicht mehr (ich halte sie nur im Speicher, und inzwischen wurde ich neu gestartet oder es ist zu viel Zeit vergangen). Schick *raum umziehen* noch einmal: ein unterbrochener Umzug geht dort weiter, wo er war.
room-move-interrupted = Der Umzug von { $room } wurde unterbrochen (eine Verbindung ging verloren). Nichts wurde geschlossen. Schick *raum umziehen* noch einmal, um ihn fortzusetzen.
room-move-reason = Dieser Raum ist nach { $newRoom } umgezogen.
room-move-pointer = Dieser Raum ist nach { $newRoom } umgezogen. Komm doch dorthin!
room-move-done = { $room } ist nach { $newRoom } umgezogen: Einstellungen, Thema und { $count ->
        [one] 1 Zugehörigkeit
       *[other] { $count } Zugehörigkeiten
    } sind übernommen ({ $mapped } mit neuen Adressen). { $closing ->
        [destroy] Der alte Raum ist geschlossen; seine Teilnehmer wurden in den neuen geschickt.
        [keep-open] Der alte Raum bleibt offen, mit einer Nachricht, die auf den neuen verweist.
       *[pointer-failed] Der alte Raum bleibt offen, aber die Nachricht, die auf den neuen verweist, ließ sich nicht senden ({ $error }).
    }
room-move-uncopied = { $count ->
        [one] 1 Einstellung des alten Raums hat auf dem neuen Dienst keinen Platz und wurde nicht übernommen:
       *[other] { $count } Einstellungen des alten Raums haben auf dem neuen Dienst keinen Platz und wurden nicht übernommen:
    }
    { $list }
room-move-uncopied-item = • { $field }
room-move-subject-failed = Das Thema ließ sich im neuen Raum nicht setzen ({ $error }).
room-move-failed = Der Umzug von { $room } nach { $newRoom } hat angehalten, { $step ->
        [read] als ich den alten Raum gelesen habe
        [create] als ich den neuen Raum anlegen wollte
        [configure] als ich den neuen Raum einrichten wollte
        [lists] als ich die Mitgliederlisten setzen wollte
        [verify] weil die Mitgliederlisten des neuen Raums nicht vollständig sind
       *[close] als ich den alten Raum schließen wollte
    } ({ $reason ->
        [not-allowed] der Dienst lässt dieses Konto keine Räume anlegen
        [room-exists] dort gibt es schon einen Raum mit diesem Namen
        [lists-incomplete] siehe unten
       *[other] { $reason }
    }). { $step ->
        [close] Der neue Raum ist bereit.
       *[other] Der alte Raum wurde nicht verändert.
    }
room-move-members-refused = { $count ->
        [one] Der neue Raum hat 1 Eintrag abgelehnt:
       *[other] Der neue Raum hat { $count } Einträge abgelehnt:
    }
    { $list }
room-move-member-refused = • { $jid } ({ $affiliation }): { $error }
