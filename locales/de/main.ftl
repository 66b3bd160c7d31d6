# Der Name der Sprache in ihr selbst, wie in der Liste von `sprache`.
language-name = Deutsch

## Befehlswörter: durch Kommas getrennt; das erste erscheint im Menü.
cmd-help = hilfe, menü, menu, ?, befehle
cmd-help-title = Hilfe
cmd-help-summary = dieses Menü anzeigen
cmd-language = sprache
cmd-language-title = Sprache ändern
cmd-language-summary = die Sprache wählen, in der ich mit dir schreibe

word-cancel = abbrechen, stopp, stop, abbruch
word-help = hilfe, ?
word-skip = überspringen, weiter
word-yes = ja, j, ok, klar
word-no = nein, n
word-hello = hallo, hi, hey, moin, servus, start

## Menü
help-intro = Hallo! Ich bin Ferry. Ich helfe dir, dein XMPP-Konto auf einen anderen Server umzuziehen, ohne deine Kontakte zu verlieren. Schick mir eine Zahl oder ein Wort:
help-footer = Mit *abbrechen* beendest du jederzeit, was wir gerade tun. Dein Client bietet diese Befehle vielleicht auch als Ad-hoc-Befehle an.
unknown-command = Das habe ich leider nicht verstanden.

## Abläufe
cancelled = Abgebrochen. Es passiert nichts weiter. Schick *hilfe*, um zu sehen, was ich kann.
nothing-to-cancel = Gerade läuft nichts, was ich abbrechen könnte. Schick *hilfe*, um zu sehen, was ich kann.
flow-help = Ich warte auf deine Antwort auf die Frage unten. Mit *abbrechen* hörst du auf.
flow-working = Ich bin noch dabei und melde mich hier, sobald ich fertig bin. Mit *abbrechen* hältst du an.
shared-file-starts = Du hast eine Datei geschickt: Ich importiere die Kontakte darin, nachdem ich dir gezeigt habe, was ich gefunden habe. Mit *abbrechen* hörst du auf.
shared-file-not-answer = Du hast eine Datei geschickt, aber ich warte auf deine Antwort auf die Frage unten; die Datei zählt nicht als Antwort. Um Kontakte aus der Datei zu importieren, schick erst *abbrechen* und teile sie dann noch einmal.
session-lost = Entschuldige, ich wurde aktualisiert und konnte unser letztes Gespräch nicht fortsetzen. Bitte fang noch einmal an.
private-warning = Vorsicht: Chatnachrichten werden unter Umständen in Archiven auf deinem Server und deinen Geräten gespeichert. Wenn dein Client Ad-hoc-Befehle kann, nutze lieber diese: Passwörter werden dort verdeckt eingegeben. Ferry speichert deine Passwörter nie.
prompt-choose = Schick die Zahl oder den Namen.
prompt-yes-no = Bitte antworte mit *ja* oder *nein*.
prompt-optional = Mit *überspringen* lässt du das aus.

## Kontrolle über ein Konto nachweisen
sign-in-wrong-password = Das Passwort für { $jid } hat nicht funktioniert. Bitte versuch es noch einmal.
sign-in-too-many-attempts = Das war das dritte falsche Passwort, deshalb habe ich zur Sicherheit aufgehört. Schick *{ $command ->
        [resume] fortsetzen
        [import] importieren
        [backup] sicherung
        [status] status
        [move-room] raum umziehen
       *[move] umziehen
    }*, um neu anzufangen.

## Sprache
language-ask = In welcher Sprache soll ich schreiben?
language-set = Gut, ab jetzt schreibe ich Deutsch mit dir.

## Eingabeprobleme
error-invalid-jid = „{ $input }“ ist keine XMPP-Adresse. Eine Adresse sieht so aus: name@example.org.
error-need-user-jid = „{ $input }“ ist ein Server, kein Konto. Bitte schick eine Adresse wie name@example.org.
error-yes-no = Bitte antworte mit *ja* oder *nein*.
error-choose-option = Bitte schick eine Zahl von 1 bis { $count } oder den Namen.
error-empty = Da kam nichts an. Bitte versuch es noch einmal.
error-internal = Entschuldige, bei mir ist etwas schiefgegangen. Bitte versuch es später noch einmal.
error-too-long = Deine Nachricht ist zu lang ({ NUMBER($length) } Zeichen). Ich lese höchstens { NUMBER($max) } Zeichen pro Nachricht.
error-slow-down = Du schickst Nachrichten schneller, als ich sie lesen kann. Warte bitte kurz und schick dann eine Nachricht.
error-other-domain = Entschuldige, ich bin nur für Konten auf { $domains } da.

## Präsenz
presence-status = Schick mir „hilfe“, um dein Konto umzuziehen oder Kontakte zu importieren.
