## Mudar toda una sala (move room)
cmd-move-room = mudar sala, mover sala
cmd-move-room-title = Mudar una sala de chat
cmd-move-room-summary = mudar una sala de la que eres propietario a otro servicio de salas, con su configuración, tema y miembros

room-move-intro = Vamos a mudar una sala de la que eres propietario, como { $user }, a otro servicio. Crearé allí la sala, copiaré su configuración, su tema y sus listas de miembros (quien ya se mudó aparece con su nueva dirección) y solo entonces cerraré la sala antigua, enviando a todos a la nueva. Nada cambia hasta que aceptes el plan.
room-move-ask-room = ¿Qué sala? Envía su dirección (como sala@conference.example.org).
room-move-not-owner = No eres propietario de { $room } (o la sala no muestra su lista de propietarios a esta cuenta). Solo un propietario puede mudar una sala. ¿Qué sala?
room-move-room-unreachable = No pude leer { $room } ({ $reason }). Revisa la dirección. ¿Qué sala?
room-move-ask-service = ¿A dónde debe ir la sala?
room-move-service-other = otro servicio (te preguntaré su dirección)
room-move-ask-service-jid = La dirección del servicio de salas al que mudar la sala (como conference.example.org):
room-move-same-service = La sala ya está en ese servicio. Envía otro servicio de salas.
room-move-not-muc = { $service } no es un servicio de salas. Envía otra dirección.
room-move-service-unreachable = No pude contactar con { $service } ({ $reason }). Envía otra dirección.
room-move-ask-creator = ¿Cuál de tus cuentas debe crear la nueva sala (y ser su propietaria)?
room-move-creator-new = tu nueva dirección, { $jid }
room-move-creator-new-unknown = tu nueva dirección (te preguntaré cuál)
room-move-creator-old = esta dirección, { $jid }
room-move-ask-new-jid = Tu nueva dirección:
room-move-ask-new-password = La contraseña de tu nueva dirección, { $jid }, para comprobar que es tuya:
room-move-reading = Leyendo la sala (esta cuenta entra un momento para leer el tema)…
room-move-plan-continues = Una mudanza anterior de esta sala al mismo lugar se detuvo antes de terminar: esta la continúa.
room-move-plan = El plan: mudar { $room } a { $newRoom }, creada por { $creator } (su propietario).
    Configuración copiada: nombre «{ $name }», descripción «{ $description }», solo miembros: { $membersOnly ->
        [yes] sí
       *[no] no
    }, moderada: { $moderated ->
        [yes] sí
       *[no] no
    }, persistente: { $persistent ->
        [yes] sí
       *[no] no (la nueva sala se crea persistente para que esté ahí cuando lleguen sus ocupantes)
    }, direcciones reales visibles para: { $anonymity ->
        [anyone] todos
        [moderators] los moderadores
       *[other] { $anonymity }
    }, historial: { $history ->
        [unknown] la sala no lo indica
       *[other] { $history } mensajes
    }, contraseña: { $password ->
        [yes] sí (se copia, no se muestra)
       *[no] ninguna
    }{ $others ->
        [0] {""}
        [one] , y 1 ajuste más
       *[other] , y { $others } ajustes más
    }.
    Tema: «{ $subject }».
    { $total ->
        [one] 1 afiliación
       *[other] { $total } afiliaciones
    } ({ $owners } propietarios, { $admins } administradores, { $members } miembros, { $outcasts } vetados); { $mapped ->
        [0] nadie de ellos se ha mudado.
        [one] 1 se ha mudado y figura con su nueva dirección:
       *[other] { $mapped } se han mudado y figuran con sus nuevas direcciones:
    }
    { $mappedList }
room-move-plan-mapped-item = • { $jid } → { $newJid } ({ $via ->
        [ferry] se mudó con Ferry
        [statement] lo dice su aviso XEP-0283
       *[owner] tú, con la sala
    })
room-move-ask-old-room = ¿Y la sala antigua, cuando la nueva esté lista?
room-move-old-destroy = cerrarla, enviando a sus ocupantes a la nueva sala
room-move-old-keep = dejarla abierta, con un mensaje que apunte a la nueva sala
room-move-ask-confirm = ¿Empiezo ya?
room-move-declined = De acuerdo, no se cambió nada.
room-move-started = Mudando { $room } a { $newRoom }. Te avisaré aquí cuando termine.
room-move-already-running = Esa sala ya se está mudando. Te avisaré cuando termine.
room-move-passwords-lost = Ya no tengo tus contraseñas (solo las guardo en memoria, y mientras tanto me reiniciaron o pasó demasiado tiempo). Envía *mudar sala* de nuevo: una mudanza detenida sigue donde estaba.
room-move-interrupted = La mudanza de { $room } se interrumpió (se perdió una conexión). No se cerró nada. Envía *mudar sala* de nuevo para continuarla.
room-move-reason = Esta sala se mudó a { $newRoom }.
room-move-pointer = Esta sala se ha mudado a { $newRoom }. ¡Te esperamos allí!
room-move-done = { $room } se ha mudado a { $newRoom }: configuración, tema y { $count ->
        [one] 1 afiliación
       *[other] { $count } afiliaciones
    } están en su sitio ({ $mapped } con nuevas direcciones). { $closing ->
        [destroy] La sala antigua está cerrada; sus ocupantes fueron enviados a la nueva.
        [keep-open] La sala antigua sigue abierta, con un mensaje que apunta a la nueva.
       *[pointer-failed] La sala antigua sigue abierta, pero no se pudo publicar el mensaje que apunta a la nueva ({ $error }).
    }
room-move-uncopied = { $count ->
        [one] 1 ajuste de la sala antigua no tiene lugar en el nuevo servicio y no se copió:
       *[other] { $count } ajustes de la sala antigua no tienen lugar en el nuevo servicio y no se copiaron:
    }
    { $list }
room-move-uncopied-item = • { $field }
room-move-subject-failed = No se pudo poner el tema en la nueva sala ({ $error }).
room-move-failed = La mudanza de { $room } a { $newRoom } se detuvo { $step ->
        [read] al leer la sala antigua
        [create] al crear la nueva sala
        [configure] al configurar la nueva sala
        [lists] al poner las listas de miembros
        [verify] porque las listas de miembros de la nueva sala no están completas
       *[close] al cerrar la sala antigua
    } ({ $reason ->
        [not-allowed] el servicio no deja a esta cuenta crear salas
        [room-exists] allí ya existe una sala con ese nombre
        [lists-incomplete] ver abajo
       *[other] { $reason }
    }). { $step ->
        [close] La nueva sala está lista.
       *[other] La sala antigua no se modificó.
    }
room-move-members-refused = { $count ->
        [one] La nueva sala rechazó 1 entrada:
       *[other] La nueva sala rechazó { $count } entradas:
    }
    { $list }
room-move-member-refused = • { $jid } ({ $affiliation }): { $error }
