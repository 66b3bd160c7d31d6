## Admin-Befehle (nur die JIDs in FERRY_ADMINS sehen sie)
cmd-broadcast = rundschreiben, broadcast, ankündigen
cmd-broadcast-title = Rundschreiben senden
cmd-broadcast-summary = allen (oder einigen) Nutzern eine Nachricht zum Umzug schicken, einmal oder wiederholt
cmd-broadcasts = erinnerungen, broadcasts
cmd-broadcasts-title = Wiederholte Rundschreiben
cmd-broadcasts-summary = geplante Rundschreiben ansehen und eines absagen
cmd-stats = statistik, stats
cmd-stats-title = Statistik
cmd-stats-summary = wer schon umgezogen ist, pro Tag, mit Download

## Rundschreiben: Text
broadcast-intro = Schreiben wir eine Nachricht. Ich hänge in der Sprache jedes Lesers eine kurze Zeile an, wie man den Umzug mit mir startet. Alle bekommen sie als Chat-Nachricht von mir; wer gerade offline ist, bekommt sie bei der nächsten Anmeldung.
broadcast-ask-text = Die Nachricht auf { $language } (mehrere Zeilen in einer Nachricht sind in Ordnung):
broadcast-ask-languages = Möchtest du sie auch in anderen Sprachen schreiben? Schick ihre Kürzel, z. B. „de“. Angeboten: { $offered }. Wer eine Sprache hat, die du auslässt, bekommt den Text in der Standardsprache.
broadcast-ask-translation = Die Nachricht auf { $language } (oder überspringen, dann gilt der Text in der Standardsprache):
broadcast-unknown-languages = Diese Sprachen biete ich nicht an: { $codes }. Angeboten: { $offered }. Bitte schick die Nachricht noch einmal.

## Rundschreiben: Empfänger
broadcast-registered-incomplete = Hinweis: Der Server von { $domain } gibt mir seine Kontenliste nicht (dafür brauche ich als Server-Admin XEP-0133 „get registered users list“; Prosody 0.12 hat das nicht). „Alle“ heißt deshalb alle, die ich kenne: gerade online, in meinen Kontakten, mit einem Umzug oder wer mir je geschrieben hat. Um wirklich jedes Konto zu erreichen, wähle die Liste und füge die Adressen ein (bei Prosody: prosodyctl shell user list { $domain }).
broadcast-ask-audience = Wer soll sie bekommen?
broadcast-audience-registered = { $complete ->
        [yes] Alle registrierten Nutzer von { $domain } ({ $count })
       *[no] Alle auf { $domain }, die ich kenne ({ $count })
    }
broadcast-audience-pasted = Eine Liste von Adressen, die ich einfüge
broadcast-audience-online = Nutzer, die gerade online sind ({ $count })
broadcast-audience-started = Nutzer, die einen Umzug begonnen, aber nicht abgeschlossen haben ({ $count })
broadcast-audience-not-started = { $complete ->
        [yes] Nutzer, die noch keinen Umzug begonnen haben ({ $count })
       *[no] Nutzer, die ich kenne und die noch keinen Umzug begonnen haben ({ $count })
    }
broadcast-ask-list = Füge die Adressen ein, eine pro Zeile (oder durch Leerzeichen oder Kommas getrennt):
broadcast-list-file-hint = Bei einer langen Liste schick stattdessen eine Textdatei mit einer Adresse pro Zeile (etwa die Ausgabe von `prosodyctl shell user list`).
broadcast-list-empty = Darin habe ich keine Adressen gefunden. Bitte füge Adressen wie name@example.org ein.
broadcast-list-read = Danke, ich habe die Liste.
broadcast-list-ignored = { $count ->
        [one] Einen Eintrag, der keine Adresse ist, habe ich übergangen
       *[other] { $count } Einträge, die keine Adressen sind, habe ich übergangen
    }: { $list }

## Rundschreiben: Wiederholung
broadcast-ask-every = Alle wie viele Tage soll ich sie erneut schicken, an alle, die noch nicht umgezogen sind? Schick eine Zahl (z. B. 7).
broadcast-bad-every = Bitte schick eine ganze Zahl von 1 bis 365 oder überspringe die Frage.
broadcast-ask-until = Bis zu welchem Tag (dem Abschalttermin)? Schick ihn als JJJJ-MM-TT, z. B. 2030-06-30.
broadcast-bad-until = Bitte schick ein Datum nach heute, geschrieben als JJJJ-MM-TT.

## Rundschreiben: Vorschau und Versand
broadcast-preview-heading = Genau das bekommen alle, deren Sprache { $language } ist:
broadcast-ask-confirm = { $count ->
        [one] Jetzt an 1 Person senden?
       *[other] Jetzt an { $count } Personen senden?
    }{ $every ->
        [0] {""}
        [1] {" "}Danach täglich bis { $until } erneut, an alle, die noch nicht umgezogen sind.
       *[other] {" "}Danach alle { $every } Tage bis { $until } erneut, an alle, die noch nicht umgezogen sind.
    }
broadcast-declined = In Ordnung, es wurde nichts gesendet. Schick *rundschreiben*, um neu anzufangen.
broadcast-started = { $count ->
        [one] Ich sende jetzt an 1 Person.
       *[other] Ich sende jetzt an { $count } Personen.
    } Ich melde mich hier, wie es läuft.{ $every ->
        [0] {""}
       *[other] {" "}Die Erinnerungen sind geplant; mit *erinnerungen* kannst du sie ansehen oder absagen.
    }
broadcast-progress = Das Rundschreiben läuft noch: { $done } von { $total } erledigt.
broadcast-report = Rundschreiben fertig: { $sent } von { $total } gesendet, { $failed } fehlgeschlagen.
broadcast-failed-list = Nicht erreicht:
    { $list }
broadcast-failed-item = { $jid } ({ $reason ->
        [service-unavailable] dieses Konto gibt es nicht, oder es nimmt keine Nachrichten an
        [item-not-found] dieses Konto gibt es nicht
        [remote-server-not-found] sein Server ist nicht erreichbar
        [remote-server-timeout] sein Server hat nicht geantwortet
        [send-failed] ich konnte sie nicht abschicken, meine eigene Verbindung war gestört
       *[other] der Server meldet: { $reason }
    })

## Die Zeile unter jeder Nachricht (in der Sprache des Lesers)
broadcast-footer = Um dein Konto mit allen Kontakten umzuziehen, öffne { $link } oder schick mir („{ $bot }“) das Wort *{ $word }*.

## Wiederholte Rundschreiben
broadcasts-none = Es sind keine wiederholten Rundschreiben geplant. Mit *rundschreiben* kannst du eines anlegen.
broadcasts-intro = { $count ->
        [one] 1 wiederholtes Rundschreiben ist geplant.
       *[other] { $count } wiederholte Rundschreiben sind geplant.
    }
broadcasts-ask-cancel = Welches soll ich absagen?
broadcasts-item = „{ $excerpt }“ – { $everyDays ->
        [one] täglich
       *[other] alle { $everyDays } Tage
    } bis { $until }, nächstes Mal am { $next } (bisher { $runs ->
        [one] einmal
       *[other] { $runs }-mal
    } gesendet)
broadcasts-keep = Keines, alle behalten
broadcasts-kept = In Ordnung, alle bleiben geplant.
broadcasts-cancelled = Abgesagt. Dieses Rundschreiben wird nicht mehr gesendet.

## Statistik
stats-table = ```
    Noch nicht begonnen      { $notStarted }{ $complete ->
        [yes] {""}
       *[no] {" "}(von den Konten, die ich kenne)
    }
    In Arbeit                { $inProgress }
    Umgezogen                { $moved }
    Gescheitert/abgebrochen  { $failed }
    Umgezogene Kontakte      { $contacts }
    Abgeschlossene Importe   { $imports }
    Rundschreiben            { $broadcasts } ({ $notices } Nachrichten)
    ```
    Pro Tag (Umzüge begonnen / abgeschlossen):
    ```
    { $days }
    ```
stats-day = { $day }   { $started } / { $moved }
stats-no-days = (noch keine Umzüge)
stats-export = Dieselben Zahlen als JSON: { $url }
stats-chart = Dieselben Zahlen als Diagramm: { $url }
stats-chart-days-title = Umzüge pro Tag
stats-chart-started = begonnen
stats-chart-moved = abgeschlossen
stats-chart-day = { DATETIME($day, month: "short", day: "numeric") }
stats-chart-users-title = Nutzer nach Stand
stats-chart-state-not-started = Noch nicht begonnen
stats-chart-state-in-progress = In Arbeit
stats-chart-state-moved = Umgezogen
stats-chart-state-failed = Gescheitert/abgebrochen
stats-export-inline = { $reason ->
        [no-upload-service] Mein Server bietet keinen Datei-Upload (XEP-0363), daher hier dieselben Zahlen als JSON:
       *[other] Der JSON-Export konnte nicht hochgeladen werden ({ $reason }), daher hier dieselben Zahlen als JSON:
    }
