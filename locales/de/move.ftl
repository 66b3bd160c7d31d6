## Befehle
cmd-move = umziehen, umzug
cmd-move-title = Mein Konto umziehen
cmd-move-summary = dieses Konto mit allen Kontakten auf einen anderen Server umziehen
cmd-resume = fortsetzen, weiter
cmd-resume-title = Umzug fortsetzen
cmd-resume-summary = einen unterbrochenen Umzug fortsetzen
cmd-status = status, stand
cmd-status-title = Stand meines Umzugs
cmd-status-summary = sehen, wie dein Umzug lief und wer deine neue Adresse angenommen hat
word-new = neu, anlegen

## Fragen
move-intro = Lass uns dein Konto { $user } auf eine neue Adresse umziehen. Ich kopiere deine Kontakte (mit Namen und Gruppen), dein Profil und deine Lesezeichen, bitte deine Kontakte, die neue Adresse hinzuzufügen, und hinterlasse auf dem alten Konto einen Hinweis auf das neue (XEP-0283). Es ändert sich nichts, bevor du dem Plan zustimmst.
move-ask-target = Wie lautet deine neue Adresse? Schick sie mir (etwa name@example.org) oder schick *neu*, um ein neues Konto anzulegen.
move-ask-new-password = Das Passwort deines neuen Kontos (wenn ich es anlegen soll: das Passwort, das du möchtest):
move-ask-old-password = Das Passwort dieses Kontos, { $user }, damit ich sehe, dass es deins ist:
move-target-is-self = Von diesem Konto aus schreibst du gerade. Bitte schick die Adresse, auf die du umziehen willst.
move-unreachable = Ich konnte den Server von { $jid } nicht erreichen. Prüf bitte die Adresse oder versuch es später noch einmal.
move-passwords-lost = Ich brauche { $count ->
        [one] eines deiner Passwörter
       *[other] deine Passwörter
    } noch einmal: Passwörter behalte ich nur im Arbeitsspeicher, und inzwischen wurde ich neu gestartet oder es ist zu viel Zeit vergangen.
register-no-providers = Für neue Konten ist bei diesem Bot kein Anbieter eingerichtet. Leg das Konto bitte mit deinem Client oder auf der Website eines Anbieters an und schick mir dann seine Adresse.
register-ask-provider = Wo soll ich dein neues Konto anlegen?
register-ask-username = Welchen Benutzernamen möchtest du auf { $provider }? (Deine Adresse wird benutzername@{ $provider }.)
register-web = { $provider } möchte, dass neue Konten auf seiner Website angelegt werden: { $url } – komm mit der neuen Adresse zurück, sobald du sie hast.
register-closed = { $provider } nimmt gerade keine neuen Konten an. Bitte schick eine Adresse, die du schon hast.
register-done = Dein neues Konto { $jid } ist eingerichtet.
register-taken = Der Name { $username } ist auf { $provider } schon vergeben. Bitte wähl einen anderen.
register-failed = { $reason ->
        [not-acceptable] Der Anbieter hat diese Angaben nicht angenommen (vielleicht ist das Passwort zu schwach oder ein Feld falsch).
        [not-allowed] Der Anbieter erlaubt es nicht, dieses Konto anzulegen.
        [resource-constraint] Der Anbieter bittet, vor dem nächsten neuen Konto etwas zu warten. Bitte versuch es später noch einmal.
       *[other] Der Anbieter konnte das Konto nicht anlegen ({ $reason }).
    } Schick bitte eine bestehende Adresse oder *neu*, um es noch einmal zu versuchen.
register-captcha-link = Zum Ansehen öffnen: { $url }
register-captcha-adhoc-only = Dieser Anbieter schickt sein CAPTCHA in einer Form, die ich im Chat nicht zeigen kann. Beantworte es bitte im Ad-hoc-Befehl *umziehen* deines Clients (dort sind auch Passwörter verdeckt) oder registriere dich auf der Webseite des Anbieters.

## Plan
move-reading = Danke, beide Passwörter stimmen. Ich lese dein Konto…
move-plan = So sieht der Plan für den Umzug nach { $target } aus:
    • { $contacts ->
        [one] 1 Kontakt zieht um
       *[other] { $contacts } Kontakte ziehen um
    } ({ $both } gegenseitig, { $to }, denen du folgst, { $from }, die dir folgen, { $pending }, die du angefragt hast (noch ohne Antwort), { $none } ohne Abonnement), in { $groups ->
        [one] 1 Gruppe
       *[other] { $groups } Gruppen
    }.
    • Deine Kontakte bekommen von der neuen Adresse eine Anfrage, in der steht, dass sie die alte ersetzt.
    Profildaten:
    { $profile }
move-plan-skipped = { $count ->
        [one] 1 Eintrag wird nicht umgezogen:
       *[other] { $count } Einträge werden nicht umgezogen:
    }
    { $list }
move-plan-nothing-skipped = Alle Kontakte können umziehen.
move-plan-unchecked = { $count ->
        [one] 1 Domain nicht geprüft (es blieb keine Zeit zu fragen, ob sie ein Gateway ist; ihre Kontakte ziehen ganz normal um):
       *[other] { $count } Domains nicht geprüft (es blieb keine Zeit zu fragen, ob sie Gateways sind; ihre Kontakte ziehen ganz normal um):
    }
    { $domains }
move-plan-unchecked-item = { $domain }
move-plan-no-pre-approval = • Dein neuer Server kann Kontakte nicht im Voraus zulassen (er kennt keine Vorab-Genehmigung). { $count ->
        [one] 1 Kontakt, der dich jetzt sehen kann, muss
       *[other] { $count } Kontakte, die dich jetzt sehen können, müssen
    } erneut fragen: Nimm sie an, wenn dein Client fragt.
move-plan-slow-requests = • Dein neuer Server nimmt von einem Konto nur { $burst } Kontaktanfragen an und dann { $seconds } Sekunden lang keine. Ich schicke die { $count } Anfragen in diesem Tempo, der Umzug dauert dadurch etwa { $minutes ->
        [one] 1 Minute
       *[other] { $minutes } Minuten
    } länger.
move-plan-slow-contact-servers = • { $servers ->
        [one] Der Server einiger deiner Kontakte (ejabberd) nimmt
       *[other] Die Server einiger deiner Kontakte ({ $servers }, ejabberd) nehmen
    } von einem anderen Server nur { $burst } Kontaktanfragen an und dann { $seconds } Sekunden lang keine. Ich schicke die { $count } Anfragen in diesem Tempo, der Umzug dauert dadurch etwa { $minutes ->
        [one] 1 Minute
       *[other] { $minutes } Minuten
    } länger, mehr, wenn gleichzeitig andere Kontakte dorthin umziehen.
move-plan-notice-required = • { $count ->
        [one] 1 Kontakt ist
       *[other] { $count } Kontakte sind
    } auf ejabberd-Servern, die den Umzugshinweis aus einer Anfrage entfernen können, während jemand offline ist. Sie bekommen in jedem Fall eine kurze Chatnachricht von diesem Konto mit deiner neuen Adresse.
move-ask-confirm = Soll ich jetzt anfangen?
move-ask-notify = Soll ich jedem Kontakt außerdem eine kurze Chatnachricht von diesem Konto mit deiner neuen Adresse schicken (für Clients, die den Umzugshinweis nicht verstehen)?
move-ask-backup-history = Soll ich außerdem eine Sicherung dieses Kontos mit seinem Nachrichtenverlauf anlegen? Ich mache sie zuerst, solange dieses Konto noch funktioniert, und lege sie auf deinen neuen Server, damit sie diesen überdauert; den Link bekommst du hier im Chat. Welchen Verlauf soll sie enthalten?
move-backup-none = Keine Sicherung
move-declined = Gut, ich habe nichts verändert. Schick *umziehen*, wenn du neu anfangen willst.

## Während des Umzugs
move-started = Ich ziehe jetzt nach { $target } um und melde mich hier, wie es läuft; bei vielen Kontakten kann das ein paar Minuten dauern. Mit *abbrechen* hältst du an.
job-progress = Ich bin noch dabei: { $done } von { $total } Kontakten erledigt.
move-interrupted = Dein Umzug wurde unterbrochen (ich wurde neu gestartet oder habe die Verbindung verloren). Nichts wurde doppelt verschickt. Schick *fortsetzen*, um weiterzumachen; ich brauche dann deine Passwörter noch einmal, weil ich sie nie speichere.
move-already-running = Dieser Umzug läuft schon, deshalb habe ich ihn nicht ein zweites Mal gestartet. Ich schicke dir den Bericht hier, wenn er fertig ist.
move-contact-notice = Hallo! Ich habe eine neue Adresse: { $target }. Bitte füg mich dort hinzu: { $link } – dieses Konto ({ $old }) benutze ich nicht mehr.

profile-found-item = • { $item ->
        [vcard] Visitenkarte (vCard)
        [avatar] Profilbild
        [nickname] Spitzname
        [bookmarks] Lesezeichen ({ $count })
        [legacy-bookmarks] Lesezeichen im alten Format ({ $count })
        [blocklist] Blockierte Adressen ({ $count })
       *[other] { $item }
    }
profile-found-nothing = • Keine Profildaten gefunden.

## Bericht
move-report-done = Dein Umzug nach { $target } ist fertig.
move-report-cancelled = Dein Umzug nach { $target } wurde abgebrochen. So weit war ich gekommen:
move-report-counts = { $total ->
        [one] Von 1 Eintrag
       *[other] Von { $total } Einträgen
    }: { $moved } umgezogen ({ $requested } um Annahme der neuen Adresse gebeten, { $preApproved } dürfen dich sehen), { $failed } fehlgeschlagen, { $skipped } ausgelassen{ $pending ->
        [0] .
       *[other] , { $pending } noch offen.
    }
report-no-pre-approval = { $count ->
        [one] 1 Kontakt, der dich sehen konnte, konnte
       *[other] { $count } Kontakte, die dich sehen konnten, konnten
    } nicht im Voraus zugelassen werden: Dein neuer Server kennt keine Vorab-Genehmigung. Wenn sie fragen, ob sie dich sehen dürfen, nimm sie in deinem Client an.
report-failed-title = Konnten auf dem neuen Konto nicht angelegt werden:
report-failed-item = { $jid } (der Server sagte: { $reason })
report-requests-refused = { $count ->
        [one] 1 Kontakt wurde hinzugefügt, aber die Anfrage (oder Genehmigung) an ihn kam abgelehnt zurück; frag ihn selbst:
       *[other] { $count } Kontakte wurden hinzugefügt, aber die Anfrage (oder Genehmigung) an sie kam abgelehnt zurück; frag sie selbst:
    }
report-skipped-title = Nicht umgezogen:
report-skipped-item = { $jid }: { $reason ->
        [transport] selbst ein Gateway zu einem alten Netz
        [legacy-network] ein Kontakt hinter einem Gateway zu einem alten Netz; der neue Server hat dieses Gateway vielleicht nicht, füg ihn dort also selbst hinzu
        [invalid-jid] keine gültige XMPP-Adresse
        [self] deine eigene Adresse
        [target] deine neue Adresse
        [bot] das bin ich
        [no-mapping] keine XMPP-Adresse, und es gibt keine Zuordnung und kein Gateway dafür
        [invalid-address] keine gültige Adresse
        [transport-unknown] eine Adresse aus einem alten Netz, aber hier ist kein Gateway für dieses Netz eingerichtet
        [duplicate] schon aufgeführt (dieselbe Adresse wie ein anderer Eintrag, der umzieht)
       *[other] { $reason }
    }
report-profile-title = Profil:
report-profile-item = { $item ->
        [vcard] Visitenkarte (vCard)
        [avatar] Profilbild
        [nickname] Spitzname
        [bookmarks] Lesezeichen
        [legacy-bookmarks] Lesezeichen (altes Format)
        [blocklist] Blockierte Adressen
        [pep-nodes] Weitere gespeicherte Daten (PEP)
       *[other] { $item }
    }: { $outcome ->
        [copied] kopiert{ $count ->
            [0] {""}
           *[other] {" "}({ $count })
        }
        [none] nichts zu kopieren
        [unsupported-source] der alte Server kann das nicht
        [unsupported-target] der neue Server kann das nicht
        [partial] nur { $count } übernommen{ $condition ->
            [none] {""}
           *[other] {" "}(der Server sagte: { $condition })
        }; diese hat der neue Server nicht behalten, trag sie von Hand ein: { $lost }
       *[failed] fehlgeschlagen ({ $condition })
    }
report-statement-ok = Das alte Konto sagt jetzt, dass du nach { $target } umgezogen bist; Clients und Server, die XEP-0283 können, stellen von selbst um.
report-statement-failed = Ich konnte den Umzugshinweis auf dem alten Konto nicht veröffentlichen (der Server sagte: { $reason }).
report-history-backup = { $state ->
        [done] Sicherung dieses Kontos: vor dem Umzug angelegt; der Link steht in den Nachrichten oben.
        [failed] Sicherung dieses Kontos: nicht angelegt (warum, steht in einer Nachricht oben). Nutze *sicherung*, solange dieses Konto noch funktioniert.
       *[interrupted] Sicherung dieses Kontos: ein Neustart hat sie abgebrochen, und ich habe sie nicht noch einmal angelegt. Nutze *sicherung*, solange dieses Konto noch funktioniert.
    }
report-notices = { $count ->
        [one] Ich habe einem Kontakt eine Chatnachricht mit deiner neuen Adresse geschickt.
       *[other] Ich habe { $count } Kontakten eine Chatnachricht mit deiner neuen Adresse geschickt.
    }
report-notices-bounced = { $count ->
        [one] Bei einem davon kam sie als unzustellbar zurück:
       *[other] Bei { $count } davon kam sie als unzustellbar zurück:
    }
report-and-more = …und { $count } weitere.
report-more-follow = …und { $count } weitere, aufgelistet in den nächsten Nachrichten.
job-progress-profile = Die Kontakte sind erledigt. Jetzt kopiere ich dein Profil und veröffentliche, wohin du umgezogen bist.
job-progress-notices = Ich sage deinen Kontakten Bescheid, wo du jetzt bist (Nachrichten verschickt: { $sent } von { $total }).

## Fortsetzen
resume-intro = Dein Umzug nach { $target } wurde unterbrochen. Zum Fortsetzen brauche ich beide Passwörter noch einmal.
resume-running = Dein Umzug läuft noch. Ich melde mich hier, wenn er fertig ist.
resume-nothing = Es gibt keinen unterbrochenen Umzug. Schick *umziehen*, um einen zu beginnen.

## Stand
status-no-move = Du hast dieses Konto noch nicht mit mir umgezogen. Schick *umziehen*, um anzufangen.
status-summary = Umzug nach { $target }: { $status ->
        [running] läuft
        [done] fertig
        [interrupted] unterbrochen (schick *fortsetzen*, um weiterzumachen)
        [cancelled] abgebrochen
       *[other] { $status }
    }. { $moved } von { $total } Einträgen umgezogen, { $failed } fehlgeschlagen, { $skipped } ausgelassen.
status-ask-password = Um zu sehen, wer deine neue Adresse angenommen hat, schick mir das Passwort von { $target }. (Oder schick *abbrechen*.)
status-acceptance = { $accepted } haben deine neue Adresse angenommen, { $waiting } haben noch nicht geantwortet.
    Angenommen:
    { $acceptedList }
    Wartend:
    { $waitingList }
status-contact-item = • { $jid }
status-accepted-more = Angenommen:
    { $list }
status-waiting-more = Wartend:
    { $list }
status-sign-in-failed = Ich konnte mich nicht bei deinem neuen Konto anmelden und kann daher noch nicht sagen, wer angenommen hat.

## Sicherung
cmd-backup = sicherung, backup, export
cmd-backup-title = Mein Konto sichern
cmd-backup-summary = deine Kontakte, dein Profil, deine Lesezeichen und deinen Nachrichtenverlauf als Datei bekommen (XEP-0227)
backup-intro = Ich packe deine Kontakte, dein Profil, deine Lesezeichen und andere gespeicherte Daten in eine Datei (XEP-0227, die Server importieren können) und schicke dir einen Download-Link. Der Link funktioniert für alle, die ihn kennen – behalt ihn also für dich.
backup-working = Ich exportiere dein Konto. Das läuft im Hintergrund: Sobald die Datei fertig ist, schicke ich dir den Download-Link hier im Chat.
backup-ask-history = Welchen Nachrichtenverlauf soll die Datei enthalten?
backup-history-all = Den ganzen
backup-history-months = { $months ->
        [one] Den letzten Monat
       *[other] Die letzten { $months } Monate
    }
backup-history-none = Keinen (nur Kontakte, Profil und gespeicherte Daten)
backup-progress = Bisher { $messages } Nachrichten deines Verlaufs gesichert (bis { $date })…
backup-already-running = Deine Sicherung wird schon erstellt. Ich schicke dir den Link, sobald sie fertig ist.
backup-history-count = Sie enthält { $messages ->
        [one] 1 Nachricht
       *[other] { $messages } Nachrichten
    } deines Verlaufs.
backup-history-capped = Die Datei hat ihre Größengrenze ({ $megabytes } MB) erreicht, daher endet der Verlauf darin am { $date } nach { $messages } Nachrichten. Für deine neuesten Nachrichten sende noch einmal *sicherung* und wähle einen kürzeren Zeitraum.
backup-history-unavailable = Dein Server hat mich deinen Nachrichtenverlauf (XEP-0313) nicht lesen lassen, daher enthält die Datei keinen.
backup-history-note = Zum Verlauf: XMPP bietet dir keinen Weg, alte Nachrichten selbst in das Archiv eines neuen Servers zu schreiben, und ich kann es auch nicht für dich tun. Die Admins deines neuen Servers können sie aus dieser Datei importieren (bei Prosody mit prosody-migrator; wie, steht in Ferrys README). Bewahre die Datei auf: Sie ist auch deine eigene Kopie.
backup-ready = Hier ist deine Sicherung ({ $contacts ->
        [one] 1 Kontakt
       *[other] { $contacts } Kontakte
    }, { $pepNodes } gespeicherte Datenknoten): { $url }
backup-ask-elsewhere = Soll ich die Datei auch auf einen anderen Server legen, damit sie erhalten bleibt, falls dieser plötzlich abgeschaltet wird? Dafür brauche ich das Passwort eines Kontos dort, um darüber hochzuladen (ich speichere es nie).
backup-elsewhere-target = ja, über dein neues Konto ({ $jid })
backup-elsewhere-other = ja, über ein anderes Konto von dir
backup-elsewhere-no = nein, nur über diesen Server
backup-ask-elsewhere-jid = Die Adresse dieses Kontos:
backup-stored-at = { $own ->
        [yes] Die Datei liegt beim Upload-Dienst von { $host }
        [target] Die Datei liegt beim Upload-Dienst deines neuen Servers { $host }, sie bleibt also erhalten, falls der alte abgeschaltet wird
       *[no] Dein Server bietet keinen Datei-Upload, deshalb liegt die Datei beim Upload-Dienst von { $host }
    }, und zwar nur so lange, wie die Admins dort es eingestellt haben (oft eine Woche oder einen Monat; frag sie). Speichere sie bei dir; hier ist sie als Datei:
backup-also-stored-at = Eine Kopie liegt auch über { $host }, sie bleibt also erhalten, falls { $old } abgeschaltet wird (so lange, wie { $host } Uploads aufbewahrt): { $url }
backup-elsewhere-failed = Ich konnte keine Kopie auf { $host } ablegen: { $reason ->
        [unreachable] Ich konnte mich dort nicht anmelden.
        [no-upload-service] Der Server bietet keinen Datei-Upload (XEP-0363).
        [too-large] Die Datei ist größer, als er annimmt.
       *[other] Der Upload ist fehlgeschlagen ({ $reason }).
    }
backup-failed = { $reason ->
        [no-upload-service] Dein Server bietet keinen Datei-Upload (XEP-0363) an, deshalb kann ich dir die Datei nicht geben. Bitte deine Server-Admins, ihn einzuschalten.
        [too-large] Die Sicherung ist größer, als dein Server für Uploads erlaubt.
        [not-authorized] Das Passwort hat nicht funktioniert.
        [unreachable] Ich konnte deinen Server nicht erreichen. Bitte versuch es später noch einmal.
       *[other] Die Sicherung konnte nicht hochgeladen werden ({ $reason }).
    }

## Gruppenchats
move-plan-rooms = { $count ->
        [one] Gruppenchats (1 Raum mit Lesezeichen; deine Stellung dort stammt aus seinen Mitgliederlisten, die niemand im Raum sieht):
       *[other] Gruppenchats ({ $count } Räume mit Lesezeichen; deine Stellung dort stammt aus ihren Mitgliederlisten, die niemand in den Räumen sieht):
    }
    { $list }
move-plan-room-item = • { $room } (du: { room-affiliation }): { $step ->
        [grant-owner] ich mache die neue Adresse zum Eigentümer
        [grant-member] ich mache die neue Adresse zum Mitglied
        [invite] ich lade die neue Adresse ein (ein Raum nur für Mitglieder macht sie dann zum Mitglied)
       *[none] nichts zu tun
    }{ $reason ->
        [none] .
       *[other] {""}; { room-why }
    }
room-affiliation = { $affiliation ->
        [owner] Eigentümer
        [admin] Admin
        [member] Mitglied
        [none] keine Zugehörigkeit
       *[unknown] unbekannt
    }
room-why = { $reason ->
        [not-affiliated] du hast dort keine Zugehörigkeit, also gibt es nichts mitzunehmen.
        [unknown] der Raum lässt dieses Konto seine Mitgliederlisten nicht lesen, daher weiß ich deine Zugehörigkeit nicht (ich betrete keinen Raum nur, um es herauszufinden: alle dort würden es sehen).
        [no-invites] Mitglieder dürfen dort nicht einladen und ein Mitglied kann niemanden aufnehmen, deine Rechte reichen also nicht; seine Eigentümer oder Admins können die neue Adresse aufnehmen.
        [admin-only-members] ein Admin kann die Mitgliedschaft vergeben, aber keine Admin-Rechte; nur ein Eigentümer kann die neue Adresse zum Admin machen.
        [open-room] diesen Raum darf ohnehin jeder betreten, und er zeigt diesem Konto seine Mitgliederlisten nicht.
       *[other] der Raum hat nicht geantwortet ({ $reason }).
    }
move-ask-room-notice = Soll ich außerdem in deinen Gruppenchats ({ $count ->
        [one] 1 Raum
       *[other] { $count } Räume
    }, in denen dieses Konto sprechen darf) kurz schreiben, dass du umgezogen bist? Dieses Konto betritt dafür jeden Raum kurz, schreibt es und geht wieder.
move-ask-room-request = In { $count ->
        [one] 1 Gruppenchat
       *[other] { $count } Gruppenchats
    } reichen deine Rechte nicht, um der neuen Adresse deine Stellung zu geben. Soll ich deren Eigentümern und Admins eine kurze Bitte von diesem Konto schicken?
move-ask-room-request-text = Der Wortlaut dieser Bitte, wenn du eigene Worte willst (nur, wenn du ja gesagt hast; überspringen für meinen Standardtext):
job-progress-rooms = Ich nehme deine neue Adresse in deine Gruppenchats mit ({ $done } von { $total } erledigt).
report-rooms-title = { $count ->
        [one] Gruppenchats (1 Raum):
       *[other] Gruppenchats ({ $count } Räume):
    }
report-room-item = { $room } (du: { room-affiliation }): { $outcome ->
        [granted-owner] die neue Adresse ist jetzt Eigentümer.
        [granted-member] die neue Adresse ist jetzt Mitglied.
        [already] die neue Adresse hatte diese Stellung schon.
        [invited] ich habe die neue Adresse eingeladen (ein Raum nur für Mitglieder macht sie zum Mitglied).
        [failed] das hat nicht geklappt (der Raum sagte: { $error }).
        [pending] noch nicht erledigt.
       *[none] nichts getan.
    }
report-room-request = { $request ->
        [sent] Ich habe { $count ->
            [one] seinen Eigentümer oder Admin
           *[other] seine { $count } Eigentümer und Admins
        } gebeten, die neue Adresse zum { $wanted ->
            [owner] Eigentümer
            [admin] Admin
           *[member] Mitglied
        } zu machen.
        [hidden] Seine Eigentümer und Admins sind für dieses Konto nicht sichtbar, daher konnte ich sie nicht fragen; bitte frag sie selbst.
        [declined] Du wolltest seine Eigentümer und Admins nicht fragen.
       *[pending] Seine Eigentümer und Admins wurden noch nicht gefragt.
    }
report-room-notice = { $notice ->
        [sent] Deine Nachricht, dass du umgezogen bist, steht jetzt dort.
        [failed] Deine Nachricht, dass du umgezogen bist, ging nicht durch (der Raum sagte: { $error }).
        [members-only] Keine Nachricht: der Raum ist nur für Mitglieder.
        [moderated] Keine Nachricht: der Raum ist moderiert und dieses Konto hat dort kein Rederecht.
        [password] Keine Nachricht: der Raum braucht ein Passwort.
        [unreachable] Keine Nachricht: der Raum hat nicht geantwortet.
       *[pending] Deine Nachricht, dass du umgezogen bist, ist noch nicht geschrieben.
    }
room-grant-reason = { $old } ist nach { $target } umgezogen.
room-request-default = Hallo! Ich ziehe von { $old } nach { $target } um. Könntest du { $target } bitte zum { $wanted ->
        [owner] Eigentümer
        [admin] Admin
       *[member] Mitglied
    } von { $room } machen? Die Rechte meines alten Kontos reichen dafür nicht. Danke!
room-notice = Ich bin unter eine neue Adresse umgezogen: { $target }. Dieses Konto ({ $old }) wird nicht mehr benutzt.
