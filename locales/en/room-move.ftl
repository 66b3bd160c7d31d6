## Moving a whole group chat (move room)
cmd-move-room = move room, move group chat
cmd-move-room-title = Move a group chat
cmd-move-room-summary = move a room you own to another group chat service, with its settings, subject and members

room-move-intro = Let's move a group chat you own, as { $user }, to another service. I'll create the room there, copy its settings, subject and member lists (members who have moved get their new address), and only then close the old room, sending everyone there to the new one. Nothing changes until you say yes to the plan.
room-move-ask-room = Which room? Send its address (like room@conference.example.org).
room-move-not-owner = You are not an owner of { $room } (or the room does not show this account its owner list). Only an owner can move a room. Which room?
room-move-room-unreachable = I could not read { $room } ({ $reason }). Please check the address. Which room?
room-move-ask-service = Where should the room go?
room-move-service-other = another service (I'll ask its address)
room-move-ask-service-jid = The address of the group chat service to move the room to (like conference.example.org):
room-move-same-service = The room is already on that service. Please send another group chat service.
room-move-not-muc = { $service } is not a group chat service. Please send another address.
room-move-service-unreachable = I could not reach { $service } ({ $reason }). Please send another address.
room-move-ask-creator = Which of your accounts should create the new room (and be its owner)?
room-move-creator-new = your new address, { $jid }
room-move-creator-new-unknown = your new address (I'll ask which)
room-move-creator-old = this address, { $jid }
room-move-ask-new-jid = Your new address:
room-move-ask-new-password = The password of your new address, { $jid }, so I can prove it is yours:
room-move-reading = Reading the room (this account enters it for a moment to read its subject)…
room-move-plan-continues = An earlier move of this room to the same place stopped before the end: this one continues it.
room-move-plan = The plan: move { $room } to { $newRoom }, created by { $creator } (its owner).
    Settings copied: name “{ $name }”, description “{ $description }”, members only: { $membersOnly }, moderated: { $moderated }, persistent: { $persistent ->
        [yes] yes
       *[no] no (the new room is made persistent, so it is there when its occupants arrive)
    }, real addresses visible to: { $anonymity ->
        [anyone] everyone
        [moderators] moderators
       *[other] { $anonymity }
    }, history: { $history ->
        [unknown] not set by this room
       *[other] { $history } messages
    }, password: { $password ->
        [yes] yes (the password is copied, not shown)
       *[no] none
    }{ $others ->
        [0] {""}
        [one] , and 1 other setting
       *[other] , and { $others } other settings
    }.
    Subject: “{ $subject }”.
    { $total ->
        [one] 1 affiliation
       *[other] { $total } affiliations
    } ({ $owners } owners, { $admins } admins, { $members } members, { $outcasts } banned); { $mapped ->
        [0] nobody on them has moved.
        [one] 1 of them has moved and is listed under the new address:
       *[other] { $mapped } of them have moved and are listed under their new addresses:
    }
    { $mappedList }
room-move-plan-mapped-item = • { $jid } → { $newJid } ({ $via ->
        [ferry] moved with Ferry
        [statement] their XEP-0283 statement says so
       *[owner] you, with the room
    })
room-move-ask-old-room = And the old room, once the new one is ready?
room-move-old-destroy = close it, sending its occupants to the new room
room-move-old-keep = leave it open, with a message pointing to the new room
room-move-ask-confirm = Start now?
room-move-declined = All right, nothing was changed.
room-move-started = Moving { $room } to { $newRoom } now. I'll tell you here when it is done.
room-move-already-running = That room is already being moved. I'll tell you when it is done.
room-move-passwords-lost = I no longer have your passwords (I keep them in memory only, and in the meantime I was restarted or too much time passed). Send *move room* again: a move that stopped continues where it was.
room-move-interrupted = The move of { $room } was interrupted (a connection was lost). Nothing was closed. Send *move room* again to continue it.
room-move-reason = This room moved to { $newRoom }.
room-move-pointer = This room has moved to { $newRoom }. Please join us there!
room-move-done = { $room } has moved to { $newRoom }: settings, subject and { $count ->
        [one] 1 affiliation
       *[other] { $count } affiliations
    } are in place ({ $mapped } under new addresses). { $closing ->
        [destroy] The old room is closed; its occupants were sent to the new one.
        [keep-open] The old room stays open, with a message pointing to the new one.
       *[pointer-failed] The old room stays open, but the message pointing to the new one could not be posted ({ $error }).
    }
room-move-uncopied = { $count ->
        [one] 1 setting of the old room has no place on the new service and was not copied:
       *[other] { $count } settings of the old room have no place on the new service and were not copied:
    }
    { $list }
room-move-uncopied-item = • { $field }
room-move-subject-failed = The subject could not be set in the new room ({ $error }).
room-move-failed = The move of { $room } to { $newRoom } stopped { $step ->
        [read] while reading the old room
        [create] when creating the new room
        [configure] when configuring the new room
        [lists] when setting the member lists
        [verify] because the new room's member lists are not complete
       *[close] when closing the old room
    } ({ $reason ->
        [not-allowed] the service does not let this account create rooms
        [room-exists] a room with that name already exists there
        [lists-incomplete] see below
       *[other] { $reason }
    }). { $step ->
        [close] The new room is ready.
       *[other] The old room was not changed.
    }
room-move-members-refused = { $count ->
        [one] The new room refused 1 entry:
       *[other] The new room refused { $count } entries:
    }
    { $list }
room-move-member-refused = • { $jid } ({ $affiliation }): { $error }
