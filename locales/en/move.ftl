## Commands
cmd-move = move, migrate
cmd-move-title = Move my account
cmd-move-summary = move this account to another server, with all contacts
cmd-resume = resume, continue
cmd-resume-title = Resume my move
cmd-resume-summary = continue a move that was interrupted
cmd-status = status
cmd-status-title = Status of my move
cmd-status-summary = see how your move went and who has accepted your new address
word-new = new, create

## Asking
move-intro = Let's move your account { $user } to a new address. I will copy your contacts (with names and groups), your profile and bookmarks, ask your contacts to add the new address, and leave a note on the old account pointing to the new one (XEP-0283). Nothing changes until you say yes to the plan.
move-ask-target = What is your new address? Send it (like name@example.org), or send *new* to create a new account.
move-ask-new-password = The password of your new account (if I should create it: the password you want):
move-ask-old-password = The password of this account, { $user }, so I can prove it is yours:
move-target-is-self = That is the account you are writing from. Please send the address you are moving to.
move-unreachable = I could not reach the server of { $jid }. Please check the address, or try again later.
move-passwords-lost = I need { $count ->
        [one] one of your passwords
       *[other] your passwords
    } again: I keep passwords in memory only, and in the meantime I was restarted or too much time passed.
register-no-providers = This bot has no providers set up for new accounts. Please create one with your client or on a provider's website, then send its address.
register-ask-provider = Where should I create your new account?
register-ask-username = Which username do you want on { $provider }? (Your address will be username@{ $provider }.)
register-web = { $provider } wants new accounts to sign up on its website: { $url } — come back with the new address when you have it.
register-closed = { $provider } does not accept new accounts right now. Please send an address you already have.
register-done = Your new account { $jid } is ready.
register-taken = The name { $username } is already taken on { $provider }. Please choose another one.
register-failed = { $reason ->
        [not-acceptable] The provider did not accept these details (perhaps the password is too weak or a field is wrong).
        [not-allowed] The provider does not allow creating this account.
        [resource-constraint] The provider asks to wait before creating another account. Please try again later.
       *[other] The provider could not create the account ({ $reason }).
    } Please send an existing address, or *new* to try again.
register-captcha-link = To see it, open: { $url }
register-captcha-adhoc-only = This provider sends its CAPTCHA in a form I cannot show in chat. Please answer it in your client's ad-hoc command *move* (passwords are hidden there too), or sign up on the provider's web page.

## Plan
move-reading = Thanks, both passwords work. I'm reading your account…
move-plan = Here is the plan for moving to { $target }:
    • { $contacts ->
        [one] 1 contact will move
       *[other] { $contacts } contacts will move
    } ({ $both } mutual, { $to } you follow, { $from } follow you, { $pending } you asked to follow (no answer yet), { $none } without subscription), in { $groups ->
        [one] 1 group
       *[other] { $groups } groups
    }.
    • Your contacts will get a request from the new address that says it replaces the old one.
    Profile data:
    { $profile }
move-plan-skipped = { $count ->
        [one] 1 entry will not be moved:
       *[other] { $count } entries will not be moved:
    }
    { $list }
move-plan-nothing-skipped = Every contact can be moved.
move-plan-unchecked = { $count ->
        [one] 1 domain not checked (no time was left to ask whether it is a gateway, so its contacts will be moved as usual):
       *[other] { $count } domains not checked (no time was left to ask whether they are gateways, so their contacts will be moved as usual):
    }
    { $domains }
move-plan-unchecked-item = { $domain }
move-plan-rooms = { $count ->
        [one] Group chats (1 bookmarked room; your place there was read from its member lists, which nobody in the room sees):
       *[other] Group chats ({ $count } bookmarked rooms; your place there was read from their member lists, which nobody in the rooms sees):
    }
    { $list }
move-plan-room-item = • { $room } (you: { room-affiliation }): { $step ->
        [grant-owner] I'll make the new address an owner
        [grant-member] I'll make the new address a member
        [invite] I'll invite the new address (a members-only room then makes it a member)
       *[none] nothing to do
    }{ $reason ->
        [none] .
       *[other] {""}; { room-why }
    }
room-affiliation = { $affiliation ->
        [owner] owner
        [admin] admin
        [member] member
        [none] no affiliation
       *[unknown] unknown
    }
room-why = { $reason ->
        [not-affiliated] you have no affiliation there, so there is nothing to carry over.
        [unknown] the room does not let this account read its member lists, so I could not find out your affiliation (I do not join a room just to find out: everyone there would see it).
        [no-invites] members may not invite there and a member cannot add anyone, so your rights are not enough; its owners or admins can add the new address.
        [admin-only-members] an admin can grant membership but not admin; only an owner can make the new address an admin.
        [open-room] anyone may enter that room anyway, and it does not show this account its member lists.
       *[other] the room did not answer ({ $reason }).
    }
move-ask-room-notice = Shall I also post a short message in your group chats ({ $count ->
        [one] 1 room
       *[other] { $count } rooms
    } where this account may speak) saying that you moved? This account joins each room for a moment to say it, then leaves.
move-ask-room-request = In { $count ->
        [one] 1 group chat
       *[other] { $count } group chats
    } your rights are not enough to give the new address your place. Shall I send their owners and admins a short request from this account?
move-ask-room-request-text = The words of that request, if you want your own (used only if you said yes; skip for my standard text):
move-plan-no-pre-approval = • Your new server cannot let contacts see you in advance (it has no pre-approval). { $count ->
        [one] 1 contact who can see you now
       *[other] { $count } contacts who can see you now
    } will have to ask again: accept them when your client asks.
move-plan-slow-requests = • Your new server accepts only { $burst } contact requests from one account, then none for { $seconds } seconds. I will send the { $count } requests at that pace, so the move will take about { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } longer.
move-plan-slow-contact-servers = • { $servers ->
        [one] The server of some of your contacts (ejabberd) accepts
       *[other] The servers of some of your contacts ({ $servers }, ejabberd) accept
    } only { $burst } contact requests from another server, then none for { $seconds } seconds. I will send the { $count } requests to them at that pace, so the move will take about { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } longer, more if others move contacts there at the same time.
move-plan-notice-required = • { $count ->
        [one] 1 contact is
       *[other] { $count } contacts are
    } on ejabberd servers, which may drop the move notice from a request that waits for someone offline. They get a short chat message from this account with your new address in any case.
move-ask-confirm = Shall I start now?
move-ask-notify = Shall I also send each contact a short chat message from this account with your new address (for clients that do not understand the move notice)?
move-ask-backup-history = Shall I also keep a backup of this account with its message history? I make it first, while this account still works, and put it on your new server so it outlives this one; the link comes here in chat. Which history should it include?
move-backup-none = No backup
move-declined = OK, I changed nothing. Send *move* when you want to start again.

## Running
move-started = Moving to { $target } now. I'll tell you how it goes here; this can take a few minutes for a large roster. Send *cancel* to stop.
job-progress = Still working: { $done } of { $total ->
        [one] 1 contact
       *[other] { $total } contacts
    } done.
move-interrupted = Your move was interrupted (I was restarted or lost the connection). Nothing was sent twice. Send *resume* to continue; I'll need your passwords again, since I never store them.
move-already-running = This move is already running, so I did not start it a second time. I'll send you the report here when it is done.
move-contact-notice = Hi! I have moved to a new address: { $target }. Please add me there: { $link } — this account ({ $old }) will not be used any more.

profile-found-item = • { $item ->
        [vcard] Profile card (vCard)
        [avatar] Avatar
        [nickname] Nickname
        [bookmarks] Bookmarks ({ $count })
        [legacy-bookmarks] Bookmarks in the old format ({ $count })
        [blocklist] Blocked addresses ({ $count })
       *[other] { $item }
    }
profile-found-nothing = • No profile data found.

## Report
move-report-done = Your move to { $target } is done.
move-report-cancelled = Your move to { $target } was cancelled. This is what had happened so far:
move-report-counts = { $total ->
        [one] Of 1 roster entry
       *[other] Of { $total } roster entries
    }: { $moved } moved ({ $requested } asked to accept the new address, { $preApproved } allowed to see you), { $failed } failed, { $skipped } skipped{ $pending ->
        [0] .
       *[other] , { $pending } not done yet.
    }
report-no-pre-approval = { $count ->
        [one] 1 contact who could see you
       *[other] { $count } contacts who could see you
    } could not be let in in advance: your new server has no pre-approval. When they ask to see you, accept them in your client.
report-failed-title = Could not be added on the new account:
report-failed-item = { $jid } (the server said: { $reason })
report-requests-refused = { $count ->
        [one] 1 contact was added, but the request (or approval) to them came back refused; ask them yourself:
       *[other] { $count } contacts were added, but the request (or approval) to them came back refused; ask them yourself:
    }
report-skipped-title = Not moved:
report-skipped-item = { $jid }: { $reason ->
        [transport] a legacy network gateway itself
        [legacy-network] a contact behind a legacy network gateway; the new server may not have the same gateway, so add it there by hand
        [invalid-jid] not a valid XMPP address
        [self] your own address
        [target] your new address
        [bot] that's me
        [no-mapping] not an XMPP address, and there is no mapping or gateway for it
        [invalid-address] not a valid address
        [transport-unknown] a legacy network address, but no gateway for that network is configured here
        [duplicate] already listed (the same address as another entry, which is moved)
       *[other] { $reason }
    }
report-profile-title = Profile:
report-profile-item = { $item ->
        [vcard] Profile card (vCard)
        [avatar] Avatar
        [nickname] Nickname
        [bookmarks] Bookmarks
        [legacy-bookmarks] Bookmarks (old format)
        [blocklist] Blocked addresses
        [pep-nodes] Other saved data (PEP)
       *[other] { $item }
    }: { $outcome ->
        [copied] copied{ $count ->
            [0] {""}
           *[other] {" "}({ $count })
        }
        [none] nothing to copy
        [unsupported-source] the old server does not support it
        [unsupported-target] the new server does not support it
        [partial] only { $count } kept{ $condition ->
            [none] {""}
           *[other] {" "}(the server said: { $condition })
        }; add these by hand, the new server did not keep them: { $lost }
       *[failed] failed ({ $condition })
    }
report-statement-ok = The old account now says that you moved to { $target }; clients and servers that support XEP-0283 will switch over on their own.
report-statement-failed = I could not publish the move notice on the old account (the server said: { $reason }).
report-history-backup = { $state ->
        [done] Backup of this account: made before the move; its link is in the messages above.
        [failed] Backup of this account: not made (a message above says why). Run *backup* while this account still works.
       *[interrupted] Backup of this account: a restart cut it short and I did not make it again. Run *backup* while this account still works.
    }
report-rooms-title = { $count ->
        [one] Group chats (1 room):
       *[other] Group chats ({ $count } rooms):
    }
report-room-item = { $room } (you: { room-affiliation }): { $outcome ->
        [granted-owner] the new address is now an owner.
        [granted-member] the new address is now a member.
        [already] the new address already had that place.
        [invited] I invited the new address (a members-only room makes it a member).
        [failed] it did not work (the room said: { $error }).
        [pending] not done yet.
       *[none] nothing done.
    }
report-room-request = { $request ->
        [sent] I asked { $count ->
            [one] its owner or admin
           *[other] its { $count } owners and admins
        } to make the new address { $wanted ->
            [owner] an owner
            [admin] an admin
           *[member] a member
        }.
        [hidden] Its owners and admins are not visible to this account, so I could not ask them; please ask them yourself.
        [declined] You chose not to ask its owners and admins.
       *[pending] Its owners and admins have not been asked yet.
    }
report-room-notice = { $notice ->
        [sent] Your message that you moved was posted there.
        [failed] Your message that you moved could not be posted (the room said: { $error }).
        [members-only] No message posted: the room is for members only.
        [moderated] No message posted: the room is moderated and this account has no voice there.
        [password] No message posted: the room needs a password.
        [unreachable] No message posted: the room did not answer.
       *[pending] Your message that you moved was not posted yet.
    }
room-grant-reason = { $old } moved to { $target }.
room-request-default = Hello! I am moving from { $old } to { $target }. Could you please make { $target } { $wanted ->
        [owner] an owner
        [admin] an admin
       *[member] a member
    } of { $room }? My old account's rights there are not enough to do it. Thank you!
room-notice = I have moved to a new address: { $target }. This account ({ $old }) will not be used any more.
report-notices = { $count ->
        [one] I sent 1 contact a chat message with your new address.
       *[other] I sent { $count } contacts a chat message with your new address.
    }
report-notices-bounced = { $count ->
        [one] 1 of them did not get it; it came back undelivered:
       *[other] { $count } of them did not get it; it came back undelivered:
    }
report-and-more = …and { $count } more.
report-more-follow = …and { $count } more, listed in the next { $count ->
        [one] message
       *[other] messages
    }.
job-progress-rooms = Taking your new address into your group chats ({ $done } of { $total } done).
job-progress-profile = Contacts done. Now copying your profile and publishing where you moved.
job-progress-notices = Telling your contacts where you went (messages sent: { $sent } of { $total }).

## Resume
resume-intro = Your move to { $target } was interrupted. To continue, I need both passwords again.
resume-running = Your move is still running. I'll report here when it is done.
resume-nothing = There is no interrupted move to continue. Send *move* to start one.

## Status
status-no-move = You have not moved this account with me yet. Send *move* to start.
status-summary = Move to { $target }: { $status ->
        [running] running
        [done] done
        [interrupted] interrupted (send *resume* to continue)
        [cancelled] cancelled
       *[other] { $status }
    }. { $moved } of { $total } entries moved, { $failed } failed, { $skipped } skipped.
status-ask-password = To see who has accepted your new address, send the password of { $target }. (Or send *cancel*.)
status-acceptance = { $accepted } accepted your new address, { $waiting } have not answered yet.
    Accepted:
    { $acceptedList }
    Waiting:
    { $waitingList }
status-contact-item = • { $jid }
status-accepted-more = Accepted:
    { $list }
status-waiting-more = Waiting:
    { $list }
status-sign-in-failed = I could not sign in to your new account, so I cannot tell who accepted yet.

## Backup
cmd-backup = backup, export
cmd-backup-title = Back up my account
cmd-backup-summary = get your contacts, profile, bookmarks and message history as a file (XEP-0227)
backup-intro = I'll put your contacts, profile, bookmarks and other saved data into one file (XEP-0227, which servers can import) and give you a download link. The link works for anyone who has it, so keep it to yourself.
backup-working = Exporting your account. This runs in the background: I'll send you the download link here in chat when the file is ready.
backup-ask-history = Which message history should the file include?
backup-history-all = All of it
backup-history-months = { $months ->
        [one] The last month
       *[other] The last { $months } months
    }
backup-history-none = None (contacts, profile and saved data only)
backup-progress = { $messages } messages of your history saved so far (up to { $date })…
backup-already-running = Your backup is already being made. I'll send you the link when it is ready.
backup-history-count = It holds { $messages ->
        [one] 1 message
       *[other] { $messages } messages
    } of your history.
backup-history-capped = The file reached its size limit ({ $megabytes } MB), so the history in it ends on { $date } after { $messages } messages. To get your newest messages, run *backup* again and choose a shorter period.
backup-history-unavailable = Your server did not let me read your message history (XEP-0313), so the file has none.
backup-history-note = About the history: XMPP gives you no way to write old messages into a new server's archive yourself, and I cannot do it for you. The admin of your new server can import them from this file (on Prosody with prosody-migrator; Ferry's README says how). Keep the file: it is also your own copy.
backup-ready = Here is your backup ({ $contacts ->
        [one] 1 contact
       *[other] { $contacts } contacts
    }, { $pepNodes } saved data nodes): { $url }
backup-ask-elsewhere = Should I also put the file on another server, so that it survives if this one shuts down suddenly? I need the password of an account there to upload through it (I never store it).
backup-elsewhere-target = yes, through your new account ({ $jid })
backup-elsewhere-other = yes, through another account of yours
backup-elsewhere-no = no, only through this server
backup-ask-elsewhere-jid = The address of that account:
backup-stored-at = { $own ->
        [yes] The file is kept by the upload service of { $host }
        [target] The file is kept by the upload service of your new server, { $host }, so it is still there if the old one shuts down
       *[no] Your server offers no file upload, so the file is kept by the upload service of { $host }
    }, only for as long as its admin has set (often a week or a month; ask them). Save it somewhere of your own; here it is as a file:
backup-also-stored-at = A copy is also kept through { $host }, so it is still there if { $old } shuts down (for as long as { $host } keeps uploads): { $url }
backup-elsewhere-failed = I could not put a copy on { $host }: { $reason ->
        [unreachable] I could not sign in there.
        [no-upload-service] it offers no file upload (XEP-0363).
        [too-large] the file is larger than it takes.
       *[other] the upload failed ({ $reason }).
    }
backup-failed = { $reason ->
        [no-upload-service] Your server offers no file upload (XEP-0363), so I cannot hand you the file. Ask your server admin to enable it.
        [too-large] The backup is larger than your server allows for uploads.
        [not-authorized] The password did not work.
        [unreachable] I could not reach your server. Please try again later.
       *[other] The backup could not be uploaded ({ $reason }).
    }
