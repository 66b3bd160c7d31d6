## Admin commands (only the JIDs in FERRY_ADMINS see them)
cmd-broadcast = broadcast, announce
cmd-broadcast-title = Broadcast a notice
cmd-broadcast-summary = send all users (or some) a notice about the move, once or repeatedly
cmd-broadcasts = broadcasts, reminders
cmd-broadcasts-title = Repeating broadcasts
cmd-broadcasts-summary = list repeating broadcasts and cancel one
cmd-stats = stats, statistics
cmd-stats-title = Statistics
cmd-stats-summary = who has moved so far, per day, with a download

## Broadcast: writing
broadcast-intro = Let's write a notice. I'll add a short line to it on how to start the move with me, in each reader's language. Everyone gets it as a chat message from me; people who are offline get it when they next sign in.
broadcast-ask-text = The notice in { $language } (several lines in one message are fine):
broadcast-ask-languages = Do you also want to write it in other languages? Send their codes, e.g. "de". Offered: { $offered }. People whose language you leave out get the default-language text.
broadcast-ask-translation = The notice in { $language } (or skip it to use the default-language text):
broadcast-unknown-languages = I don't offer these languages: { $codes }. Offered: { $offered }. Please send the notice again.

## Broadcast: audience
broadcast-registered-incomplete = Note: the server of { $domain } does not give me its list of accounts (I need XEP-0133 "get registered users list" as a server admin; Prosody 0.12 does not have it). "Everyone" therefore means everyone I know of: online now, in my contacts, with a move, or who ever wrote to me. To reach every account, choose the list and paste them (on Prosody: prosodyctl shell user list { $domain }).
broadcast-ask-audience = Who should get it?
broadcast-audience-registered = { $complete ->
        [yes] All registered users of { $domain } ({ $count })
       *[no] Everyone on { $domain } I know of ({ $count })
    }
broadcast-audience-pasted = A list of addresses I'll paste
broadcast-audience-online = Users online right now ({ $count })
broadcast-audience-started = Users who started a move but have not finished ({ $count })
broadcast-audience-not-started = { $complete ->
        [yes] Users who have not started a move ({ $count })
       *[no] Users I know of who have not started a move ({ $count })
    }
broadcast-ask-list = Paste the addresses, one per line (or separated by spaces or commas):
broadcast-list-file-hint = For a long list, share a text file with one address per line instead (for example the output of `prosodyctl shell user list`).
broadcast-list-empty = I found no addresses in that. Please paste addresses like name@example.org.
broadcast-list-read = Thanks, I have the list.
broadcast-list-ignored = { $count ->
        [one] I ignored 1 entry that is not an address
       *[other] I ignored { $count } entries that are not addresses
    }: { $list }

## Broadcast: repetition
broadcast-ask-every = Send it again every how many days, to those who have not moved yet? Send a number (e.g. 7).
broadcast-bad-every = Please send a whole number of days from 1 to 365, or *skip*.
broadcast-ask-until = Until which day (the shutdown date)? Send it as YYYY-MM-DD, e.g. 2030-06-30.
broadcast-bad-until = Please send a date after today, written as YYYY-MM-DD.

## Broadcast: preview and sending
broadcast-preview-heading = This is exactly what people whose language is { $language } will get:
broadcast-ask-confirm = { $count ->
        [one] Send it to 1 person now?
       *[other] Send it to { $count } people now?
    }{ $every ->
        [0] {""}
        [1] {" "}Then again every day until { $until }, to those who have not moved.
       *[other] {" "}Then again every { $every } days until { $until }, to those who have not moved.
    }
broadcast-declined = OK, nothing was sent. Send *broadcast* to start again.
broadcast-started = { $count ->
        [one] Sending to 1 person now.
       *[other] Sending to { $count } people now.
    } I'll tell you here how it goes.{ $every ->
        [0] {""}
       *[other] {" "}The reminders are scheduled; send *broadcasts* to see or cancel them.
    }
broadcast-progress = Broadcast still sending: { $done } of { $total } done.
broadcast-report = Broadcast finished: { $sent } of { $total } sent, { $failed } failed.
broadcast-failed-list = Not reached:
    { $list }
broadcast-failed-item = { $jid } ({ $reason ->
        [service-unavailable] no such account, or it does not accept messages
        [item-not-found] no such account
        [remote-server-not-found] its server cannot be reached
        [remote-server-timeout] its server did not answer
        [send-failed] I could not send it, my own connection failed
       *[other] the server said: { $reason }
    })

## The line added to every notice (in the reader's language)
broadcast-footer = To move your account with all your contacts, open { $link } or send me (“{ $bot }”) the word *{ $word }*.

## Repeating broadcasts
broadcasts-none = There are no repeating broadcasts. Send *broadcast* to set one up.
broadcasts-intro = { $count ->
        [one] 1 repeating broadcast is scheduled.
       *[other] { $count } repeating broadcasts are scheduled.
    }
broadcasts-ask-cancel = Which one should I cancel?
broadcasts-item = “{ $excerpt }” – every { $everyDays ->
        [one] day
       *[other] { $everyDays } days
    } until { $until }, next on { $next } (sent { $runs ->
        [one] once
       *[other] { $runs } times
    } so far)
broadcasts-keep = None, keep them all
broadcasts-kept = OK, they all stay scheduled.
broadcasts-cancelled = Cancelled. That broadcast will not be sent again.

## Statistics
stats-table = ```
    Not started yet    { $notStarted }{ $complete ->
        [yes] {""}
       *[no] {" "}(of the accounts I know of)
    }
    In progress        { $inProgress }
    Moved              { $moved }
    Failed/cancelled   { $failed }
    Contacts moved     { $contacts }
    Imports done       { $imports }
    Broadcasts         { $broadcasts } ({ $notices } messages)
    ```
    Per day (moves started / finished):
    ```
    { $days }
    ```
stats-day = { $day }   { $started } / { $moved }
stats-no-days = (no moves yet)
stats-export = The same numbers as JSON: { $url }
stats-chart = The same numbers as a chart: { $url }
stats-chart-days-title = Moves per day
stats-chart-started = started
stats-chart-moved = finished
stats-chart-day = { DATETIME($day, month: "short", day: "numeric") }
stats-chart-users-title = Users by state
stats-chart-state-not-started = Not started yet
stats-chart-state-in-progress = In progress
stats-chart-state-moved = Moved
stats-chart-state-failed = Failed/cancelled
stats-export-inline = { $reason ->
        [no-upload-service] My server offers no file upload (XEP-0363), so here are the same numbers as JSON:
       *[other] The JSON export could not be uploaded ({ $reason }), so here are the same numbers as JSON:
    }
