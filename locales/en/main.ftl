# The language's own name, as shown in the `language` list.
language-name = English

## Command words: comma-separated; the first is shown in the menu.
cmd-help = help, menu, ?, commands
cmd-help-title = Help
cmd-help-summary = show this menu
cmd-language = language, lang
cmd-language-title = Change language
cmd-language-summary = choose the language I speak with you

word-cancel = cancel, stop, abort, quit
word-help = help, ?
word-skip = skip
word-yes = yes, y, ok, sure
word-no = no, n
word-hello = hi, hello, hey, start

## Menu
help-intro = Hi! I'm Ferry. I help you move your XMPP account to another server without losing your contacts. Send a number or a word:
help-footer = Send *cancel* at any time to stop what we are doing. Your client may also offer these as commands (ad-hoc commands).
unknown-command = Sorry, I didn't understand that.

## Flows
cancelled = Cancelled. Nothing more will happen. Send *help* to see what I can do.
nothing-to-cancel = There is nothing to cancel. Send *help* to see what I can do.
flow-help = I'm waiting for your answer to the question below. Send *cancel* to stop.
flow-working = I'm still working on it and will report here when it's done. Send *cancel* to stop it.
shared-file-starts = You shared a file: I'll import the contacts in it, after showing you what I found. Send *cancel* to stop.
shared-file-not-answer = You shared a file, but I'm waiting for your answer to the question below, so I did not take the file as your answer. To import contacts from the file, send *cancel* first, then share it again.
session-lost = Sorry, I was updated and could not continue our last conversation. Please start again.
private-warning = Careful: chat messages may be stored in archives on your server and on your devices. If your client offers ad-hoc commands, use them instead: passwords typed there are hidden. Ferry never stores your passwords.
prompt-choose = Send the number or the name.
prompt-yes-no = Please answer *yes* or *no*.
prompt-optional = Send *skip* to leave this out.

## Proving control of an account
sign-in-wrong-password = The password for { $jid } did not work. Please try again.
sign-in-too-many-attempts = That was the third wrong password, so I stopped for safety. Send *{ $command ->
        [resume] resume
        [import] import
        [backup] backup
        [status] status
        [move-room] move room
       *[move] move
    }* to start again.

## Language
language-ask = Which language should I speak?
language-set = OK, I'll speak English with you from now on.

## Input problems
error-invalid-jid = "{ $input }" is not an XMPP address. It looks like name@example.org.
error-need-user-jid = "{ $input }" is a server, not an account. Please send an address like name@example.org.
error-yes-no = Please answer *yes* or *no*.
error-choose-option = Please send a number from 1 to { $count }, or the name.
error-empty = That was empty. Please try again.
error-internal = Sorry, something went wrong on my side. Please try again later.
error-too-long = Your message is too long ({ NUMBER($length) } characters). I read at most { NUMBER($max) } characters per message.
error-slow-down = You are sending messages faster than I can read them. Please wait a moment, then send one message.
error-other-domain = Sorry, I only serve accounts on { $domains }.

## Presence
presence-status = Send me "help" to move your account or import contacts.
