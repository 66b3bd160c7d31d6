## Comandos
cmd-move = mudar, migrar, mudanza
cmd-move-title = Mudar mi cuenta
cmd-move-summary = mudar esta cuenta a otro servidor, con todos tus contactos
cmd-resume = reanudar, continuar, seguir
cmd-resume-title = Reanudar mi mudanza
cmd-resume-summary = continuar una mudanza que se interrumpió
cmd-status = estado
cmd-status-title = Estado de mi mudanza
cmd-status-summary = ver cómo ha ido tu mudanza y quién ha aceptado tu nueva dirección
word-new = nueva, nuevo, crear

## Preguntas
move-intro = Vamos a mudar tu cuenta { $user } a una nueva dirección. Copiaré tus contactos (con sus nombres y grupos), tu perfil y tus marcadores, pediré a tus contactos que añadan la nueva dirección y dejaré en la cuenta antigua una nota que remite a la nueva (XEP-0283). No cambiará nada hasta que aceptes el plan.
move-ask-target = ¿Cuál es tu nueva dirección? Envíamela (algo como nombre@example.org) o envía *nueva* para crear una cuenta nueva.
move-ask-new-password = La contraseña de tu nueva cuenta (si tengo que crearla yo: la contraseña que quieras):
move-ask-old-password = La contraseña de esta cuenta, { $user }, para comprobar que es tuya:
move-target-is-self = Esa es la cuenta desde la que me escribes. Envíame la dirección a la que te mudas, por favor.
move-unreachable = No he podido conectar con el servidor de { $jid }. Comprueba la dirección o inténtalo de nuevo más tarde.
move-passwords-lost = Necesito { $count ->
        [one] una de tus contraseñas
       *[other] tus contraseñas
    } otra vez: guardo las contraseñas solo en memoria y, mientras tanto, me han reiniciado o ha pasado demasiado tiempo.
register-no-providers = Este bot no tiene ningún proveedor configurado para crear cuentas nuevas. Crea una con tu cliente o en la web de un proveedor y luego envíame su dirección.
register-ask-provider = ¿Dónde creo tu nueva cuenta?
register-ask-username = ¿Qué nombre de usuario quieres en { $provider }? (Tu dirección será usuario@{ $provider }).
register-web = { $provider } pide que las cuentas nuevas se registren en su web: { $url } — vuelve con la nueva dirección cuando la tengas.
register-closed = { $provider } no admite cuentas nuevas en este momento. Envíame una dirección que ya tengas, por favor.
register-done = Tu nueva cuenta { $jid } está lista.
register-taken = El nombre { $username } ya está ocupado en { $provider }. Elige otro, por favor.
register-failed = { $reason ->
        [not-acceptable] El proveedor no ha aceptado estos datos (quizá la contraseña es demasiado débil o algún campo no es correcto).
        [not-allowed] El proveedor no permite crear esta cuenta.
        [resource-constraint] El proveedor pide que esperes antes de crear otra cuenta. Inténtalo de nuevo más tarde.
       *[other] El proveedor no ha podido crear la cuenta ({ $reason }).
    } Envíame una dirección que ya exista o *nueva* para intentarlo otra vez.
register-captcha-link = Para verlo, abre: { $url }
register-captcha-adhoc-only = Este proveedor envía su CAPTCHA de una forma que no puedo mostrar en el chat. Respóndelo en el comando ad-hoc *mudar* de tu cliente (allí las contraseñas también quedan ocultas) o regístrate en la página web del proveedor.

## Plan
move-reading = Gracias, las dos contraseñas funcionan. Estoy leyendo tu cuenta…
move-plan = Este es el plan para la mudanza a { $target }:
    • { $contacts ->
        [one] Se trasladará 1 contacto
        [many] Se trasladarán { $contacts } de contactos
       *[other] Se trasladarán { $contacts } contactos
    } ({ $both } con suscripción mutua, { $to ->
        [one] 1 al que sigues
        [many] { $to } a los que sigues
       *[other] { $to } a los que sigues
    }, { $from ->
        [one] 1 que te sigue
        [many] { $from } que te siguen
       *[other] { $from } que te siguen
    }, { $pending ->
        [one] 1 al que pediste seguir (aún sin respuesta)
        [many] { $pending } a los que pediste seguir (aún sin respuesta)
       *[other] { $pending } a los que pediste seguir (aún sin respuesta)
    }, { $none } sin suscripción), en { $groups ->
        [one] 1 grupo
        [many] { $groups } de grupos
       *[other] { $groups } grupos
    }.
    • Tus contactos recibirán desde la nueva dirección una solicitud que indica que esta sustituye a la antigua.
    Datos del perfil:
    { $profile }
move-plan-skipped = { $count ->
        [one] 1 entrada no se trasladará:
        [many] { $count } de entradas no se trasladarán:
       *[other] { $count } entradas no se trasladarán:
    }
    { $list }
move-plan-nothing-skipped = Se pueden trasladar todos los contactos.
move-plan-unchecked = { $count ->
        [one] 1 dominio sin comprobar (no quedó tiempo para preguntarle si es una pasarela; sus contactos se trasladarán como siempre):
        [many] { $count } de dominios sin comprobar (no quedó tiempo para preguntarles si son pasarelas; sus contactos se trasladarán como siempre):
       *[other] { $count } dominios sin comprobar (no quedó tiempo para preguntarles si son pasarelas; sus contactos se trasladarán como siempre):
    }
    { $domains }
move-plan-unchecked-item = { $domain }
move-plan-no-pre-approval = • Tu servidor nuevo no puede autorizar contactos por adelantado (no admite la preaprobación). { $count ->
        [one] 1 contacto que te ve ahora tendrá
       *[other] { $count } contactos que te ven ahora tendrán
    } que volver a pedirlo: acéptalos cuando tu cliente te pregunte.
move-plan-slow-requests = • Tu servidor nuevo solo acepta { $burst } solicitudes de contacto de una misma cuenta y luego ninguna durante { $seconds } segundos. Enviaré las { $count } solicitudes a ese ritmo, así que la mudanza tardará unos { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    } más.
move-plan-slow-contact-servers = • { $servers ->
        [one] El servidor de algunos de tus contactos (ejabberd) solo acepta
       *[other] Los servidores de algunos de tus contactos ({ $servers }, ejabberd) solo aceptan
    } { $burst } solicitudes de contacto de otro servidor y luego ninguna durante { $seconds } segundos. Les enviaré las { $count } solicitudes a ese ritmo, así que la mudanza tardará unos { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    } más, o más aún si otras personas mudan contactos allí al mismo tiempo.
move-plan-notice-required = • { $count ->
        [one] 1 contacto está
       *[other] { $count } contactos están
    } en servidores ejabberd, que pueden quitar el aviso de mudanza de una solicitud que espera a alguien desconectado. Recibirán en cualquier caso un breve mensaje de chat desde esta cuenta con tu nueva dirección.
move-ask-confirm = ¿Empiezo ya?
move-ask-notify = ¿Envío además a cada contacto un breve mensaje de chat desde esta cuenta con tu nueva dirección (para los clientes que no entienden el aviso de mudanza)?
move-ask-backup-history = ¿Guardo además una copia de seguridad de esta cuenta con su historial de mensajes? La hago primero, mientras esta cuenta aún funciona, y la dejo en tu nuevo servidor para que sobreviva a este; el enlace llega aquí en el chat. ¿Qué historial debe incluir?
move-backup-none = Sin copia de seguridad
move-declined = De acuerdo, no he cambiado nada. Envía *mudar* cuando quieras empezar de nuevo.

## En marcha
move-started = Empiezo la mudanza a { $target }. Te iré contando aquí cómo va; con una lista de contactos grande puede tardar unos minutos. Envía *cancelar* para detenerla.
job-progress = Sigo trabajando: llevo { $done } de { $total ->
        [one] 1 contacto
        [many] { $total } de contactos
       *[other] { $total } contactos
    }.
move-interrupted = Tu mudanza se ha interrumpido (me han reiniciado o he perdido la conexión). No se ha enviado nada dos veces. Envía *reanudar* para continuar; necesitaré otra vez tus contraseñas, porque nunca las guardo.
move-already-running = Esta mudanza ya está en curso, así que no la he iniciado una segunda vez. Te enviaré el informe aquí cuando termine.
move-contact-notice = ¡Hola! Me he mudado a una nueva dirección: { $target }. Añádeme allí, por favor: { $link } — ya no voy a usar esta cuenta ({ $old }).

profile-found-item = • { $item ->
        [vcard] Tarjeta de perfil (vCard)
        [avatar] Avatar
        [nickname] Apodo
        [bookmarks] Marcadores ({ $count })
        [legacy-bookmarks] Marcadores en el formato antiguo ({ $count })
        [blocklist] Direcciones bloqueadas ({ $count })
       *[other] { $item }
    }
profile-found-nothing = • No he encontrado datos de perfil.

## Informe
move-report-done = Tu mudanza a { $target } ha terminado.
move-report-cancelled = Tu mudanza a { $target } se ha cancelado. Esto es lo que se había hecho hasta entonces:
move-report-counts = { $total ->
        [one] De 1 entrada de tu lista de contactos
        [many] De las { $total } de entradas de tu lista de contactos
       *[other] De las { $total } entradas de tu lista de contactos
    }: { $moved ->
        [one] 1 trasladada
        [many] { $moved } trasladadas
       *[other] { $moved } trasladadas
    } ({ $requested ->
        [one] 1 recibió la solicitud de aceptar tu nueva dirección
        [many] { $requested } recibieron la solicitud de aceptar tu nueva dirección
       *[other] { $requested } recibieron la solicitud de aceptar tu nueva dirección
    }, { $preApproved ->
        [one] 1 ya puede verte
        [many] { $preApproved } ya pueden verte
       *[other] { $preApproved } ya pueden verte
    }), { $failed ->
        [one] 1 fallida
        [many] { $failed } fallidas
       *[other] { $failed } fallidas
    }, { $skipped ->
        [one] 1 omitida
        [many] { $skipped } omitidas
       *[other] { $skipped } omitidas
    }{ $pending ->
        [0] .
        [one] , 1 pendiente.
        [many] , { $pending } pendientes.
       *[other] , { $pending } pendientes.
    }
report-no-pre-approval = { $count ->
        [one] No pude autorizar por adelantado a 1 contacto que te veía
       *[other] No pude autorizar por adelantado a { $count } contactos que te veían
    }: tu servidor nuevo no admite la preaprobación. Cuando pidan verte, acéptalos en tu cliente.
report-failed-title = No se han podido añadir a la cuenta nueva:
report-failed-item = { $jid } (el servidor dijo: { $reason })
report-requests-refused = { $count ->
        [one] Añadí 1 contacto, pero la solicitud (o la autorización) que le envié volvió rechazada; pídeselo tú:
       *[other] Añadí { $count } contactos, pero la solicitud (o la autorización) que les envié volvió rechazada; pídeselo tú:
    }
report-skipped-title = Sin trasladar:
report-skipped-item = { $jid }: { $reason ->
        [transport] es la propia pasarela a una red de mensajería antigua
        [legacy-network] un contacto detrás de una pasarela a una red de mensajería antigua; puede que el nuevo servidor no tenga esa pasarela, así que añádelo allí a mano
        [invalid-jid] no es una dirección XMPP válida
        [self] tu propia dirección
        [target] tu nueva dirección
        [bot] ese soy yo
        [no-mapping] no es una dirección XMPP y no hay ninguna correspondencia ni pasarela para ella
        [invalid-address] no es una dirección válida
        [transport-unknown] una dirección de una red de mensajería antigua, pero aquí no hay ninguna pasarela configurada para esa red
        [duplicate] ya está en la lista (la misma dirección que otra entrada, que sí se traslada)
       *[other] { $reason }
    }
report-profile-title = Perfil:
report-profile-item = { $item ->
        [vcard] Tarjeta de perfil (vCard)
        [avatar] Avatar
        [nickname] Apodo
        [bookmarks] Marcadores
        [legacy-bookmarks] Marcadores (formato antiguo)
        [blocklist] Direcciones bloqueadas
        [pep-nodes] Otros datos guardados (PEP)
       *[other] { $item }
    }: { $outcome ->
        [copied] { $item ->
            [vcard] copiada
            [bookmarks] copiados
            [legacy-bookmarks] copiados
            [blocklist] copiadas
           *[other] copiado
        }{ $count ->
            [0] {""}
           *[other] {" "}({ $count })
        }
        [none] nada que copiar
        [unsupported-source] el servidor antiguo no lo admite
        [unsupported-target] el servidor nuevo no lo admite
        [partial] conservados solo { $count }{ $condition ->
            [none] {""}
           *[other] {" "}(el servidor dijo: { $condition })
        }; el servidor nuevo no guardó estos, añádelos a mano: { $lost }
       *[failed] no se pudo copiar ({ $condition })
    }
report-statement-ok = La cuenta antigua indica ahora que te has mudado a { $target }; los clientes y servidores compatibles con XEP-0283 se actualizarán por sí solos.
report-statement-failed = No he podido publicar el aviso de mudanza en la cuenta antigua (el servidor dijo: { $reason }).
report-history-backup = { $state ->
        [done] Copia de seguridad de esta cuenta: hecha antes de la mudanza; su enlace está en los mensajes de arriba.
        [failed] Copia de seguridad de esta cuenta: no se hizo (un mensaje de arriba dice por qué). Usa *copia* mientras esta cuenta aún funcione.
       *[interrupted] Copia de seguridad de esta cuenta: un reinicio la interrumpió y no la he vuelto a hacer. Usa *copia* mientras esta cuenta aún funcione.
    }
report-notices = { $count ->
        [one] He enviado a 1 contacto un mensaje de chat con tu nueva dirección.
        [many] He enviado a { $count } de contactos un mensaje de chat con tu nueva dirección.
       *[other] He enviado a { $count } contactos un mensaje de chat con tu nueva dirección.
    }
report-notices-bounced = { $count ->
        [one] A 1 de ellos no le llegó (el mensaje volvió sin entregarse):
        [many] A { $count } de ellos no les llegó (el mensaje volvió sin entregarse):
       *[other] A { $count } de ellos no les llegó (el mensaje volvió sin entregarse):
    }
report-and-more = …y { $count } más.
report-more-follow = …y { $count } más, en los siguientes mensajes.
job-progress-profile = Contactos listos. Ahora copio tu perfil y publico adónde te has mudado.
job-progress-notices = Aviso a tus contactos de tu nueva dirección (mensajes enviados: { $sent } de { $total }).

## Reanudar
resume-intro = Tu mudanza a { $target } se interrumpió. Para continuar, necesito otra vez las dos contraseñas.
resume-running = Tu mudanza sigue en curso. Te avisaré aquí cuando termine.
resume-nothing = No hay ninguna mudanza interrumpida que continuar. Envía *mudar* para empezar una.

## Estado
status-no-move = Todavía no has mudado esta cuenta conmigo. Envía *mudar* para empezar.
status-summary = Mudanza a { $target }: { $status ->
        [running] en curso
        [done] terminada
        [interrupted] interrumpida (envía *reanudar* para continuar)
        [cancelled] cancelada
       *[other] { $status }
    }. Entradas trasladadas: { $moved } de { $total }; fallidas: { $failed }; omitidas: { $skipped }.
status-ask-password = Para ver quién ha aceptado tu nueva dirección, envíame la contraseña de { $target }. (O envía *cancelar*).
status-acceptance = { $accepted ->
        [one] 1 contacto ha aceptado
        [many] { $accepted } de contactos han aceptado
       *[other] { $accepted } contactos han aceptado
    } tu nueva dirección; { $waiting ->
        [one] 1 aún no ha respondido
        [many] { $waiting } aún no han respondido
       *[other] { $waiting } aún no han respondido
    }.
    Han aceptado:
    { $acceptedList }
    Sin respuesta todavía:
    { $waitingList }
status-contact-item = • { $jid }
status-accepted-more = Han aceptado:
    { $list }
status-waiting-more = Sin respuesta todavía:
    { $list }
status-sign-in-failed = No he podido iniciar sesión en tu nueva cuenta, así que todavía no puedo decirte quién la ha aceptado.

## Copia de seguridad
cmd-backup = copia, respaldo, exportar
cmd-backup-title = Copia de seguridad de mi cuenta
cmd-backup-summary = obtener tus contactos, tu perfil, tus marcadores y tu historial de mensajes en un archivo (XEP-0227)
backup-intro = Voy a guardar tus contactos, tu perfil, tus marcadores y otros datos almacenados en un solo archivo (XEP-0227, que los servidores pueden importar) y te daré un enlace de descarga. El enlace funciona para cualquiera que lo tenga, así que no lo compartas.
backup-working = Estoy exportando tu cuenta. Esto se hace en segundo plano: te enviaré el enlace de descarga aquí, en el chat, cuando el archivo esté listo.
backup-ask-history = ¿Qué historial de mensajes debe incluir el archivo?
backup-history-all = Todo
backup-history-months = { $months ->
        [one] El último mes
       *[other] Los últimos { $months } meses
    }
backup-history-none = Ninguno (solo contactos, perfil y datos guardados)
backup-progress = { $messages } mensajes de tu historial guardados hasta ahora (hasta el { $date })…
backup-already-running = Ya estoy haciendo tu copia de seguridad. Te enviaré el enlace cuando esté lista.
backup-history-count = Contiene { $messages ->
        [one] 1 mensaje
       *[other] { $messages } mensajes
    } de tu historial.
backup-history-capped = El archivo llegó a su tamaño máximo ({ $megabytes } MB), así que el historial que contiene termina el { $date }, tras { $messages } mensajes. Para tener tus mensajes más recientes, vuelve a enviar *copia* y elige un periodo más corto.
backup-history-unavailable = Tu servidor no me dejó leer tu historial de mensajes (XEP-0313), así que el archivo no lo incluye.
backup-history-note = Sobre el historial: XMPP no te da ninguna forma de escribir tú mismo mensajes antiguos en el archivo de un servidor nuevo, y yo tampoco puedo hacerlo por ti. El administrador de tu nuevo servidor puede importarlos desde este archivo (en Prosody con prosody-migrator; el README de Ferry explica cómo). Guarda el archivo: también es tu propia copia.
backup-ready = Aquí tienes tu copia de seguridad ({ $contacts ->
        [one] 1 contacto
        [many] { $contacts } de contactos
       *[other] { $contacts } contactos
    }, { $pepNodes ->
        [one] 1 nodo de datos guardados
        [many] { $pepNodes } de nodos de datos guardados
       *[other] { $pepNodes } nodos de datos guardados
    }): { $url }
backup-ask-elsewhere = ¿Pongo también el archivo en otro servidor, para que sobreviva si este cierra de repente? Necesito la contraseña de una cuenta allí para subirlo a través de ella (nunca la guardo).
backup-elsewhere-target = sí, a través de tu cuenta nueva ({ $jid })
backup-elsewhere-other = sí, a través de otra cuenta tuya
backup-elsewhere-no = no, solo a través de este servidor
backup-ask-elsewhere-jid = La dirección de esa cuenta:
backup-stored-at = { $own ->
        [yes] El archivo lo guarda el servicio de subida de archivos de { $host }
        [target] El archivo lo guarda el servicio de subida de archivos de tu nuevo servidor, { $host }, así que sigue allí si el antiguo cierra
       *[no] Tu servidor no ofrece subida de archivos, así que el archivo lo guarda el servicio de subida de { $host }
    }, solo durante el tiempo que haya fijado su administración (a menudo una semana o un mes; pregúntales). Guárdalo en un lugar tuyo; aquí lo tienes como archivo:
backup-also-stored-at = También hay una copia a través de { $host }, así que sigue allí si { $old } cierra (mientras { $host } conserve las subidas): { $url }
backup-elsewhere-failed = No pude dejar una copia en { $host }: { $reason ->
        [unreachable] no pude iniciar sesión allí.
        [no-upload-service] no ofrece subida de archivos (XEP-0363).
        [too-large] el archivo es más grande de lo que acepta.
       *[other] la subida falló ({ $reason }).
    }
backup-failed = { $reason ->
        [no-upload-service] Tu servidor no ofrece subida de archivos (XEP-0363), así que no puedo darte el archivo. Pide a quien administra tu servidor que la active.
        [too-large] La copia de seguridad ocupa más de lo que tu servidor permite subir.
        [not-authorized] La contraseña no ha funcionado.
        [unreachable] No he podido conectar con tu servidor. Inténtalo de nuevo más tarde.
       *[other] No se ha podido subir la copia de seguridad ({ $reason }).
    }

## Salas de chat
move-plan-rooms = { $count ->
        [one] Chats de grupo (1 sala en marcadores; tu lugar allí se leyó de sus listas de miembros, que nadie en la sala ve):
       *[other] Chats de grupo ({ $count } salas en marcadores; tu lugar allí se leyó de sus listas de miembros, que nadie en las salas ve):
    }
    { $list }
move-plan-room-item = • { $room } (tú: { room-affiliation }): { $step ->
        [grant-owner] haré propietaria a la nueva dirección
        [grant-member] haré miembro a la nueva dirección
        [invite] invitaré a la nueva dirección (una sala solo para miembros la hace miembro)
       *[none] nada que hacer
    }{ $reason ->
        [none] .
       *[other] {""}; { room-why }
    }
room-affiliation = { $affiliation ->
        [owner] propietario
        [admin] administrador
        [member] miembro
        [none] sin afiliación
       *[unknown] desconocida
    }
room-why = { $reason ->
        [not-affiliated] no tienes afiliación allí, así que no hay nada que trasladar.
        [unknown] la sala no deja a esta cuenta leer sus listas de miembros, así que no pude saber tu afiliación (no entro en una sala solo para averiguarlo: todos lo verían).
        [no-invites] allí los miembros no pueden invitar y un miembro no puede añadir a nadie, así que tus derechos no bastan; sus propietarios o administradores pueden añadir la nueva dirección.
        [admin-only-members] un administrador puede dar membresía pero no administración; solo un propietario puede hacer administradora a la nueva dirección.
        [open-room] cualquiera puede entrar en esa sala de todos modos, y no muestra sus listas de miembros a esta cuenta.
       *[other] la sala no respondió ({ $reason }).
    }
move-ask-room-notice = ¿Publico además un mensaje breve en tus chats de grupo ({ $count ->
        [one] 1 sala
       *[other] { $count } salas
    } donde esta cuenta puede hablar) diciendo que te has mudado? Esta cuenta entra un momento en cada sala para decirlo y luego sale.
move-ask-room-request = En { $count ->
        [one] 1 chat de grupo
       *[other] { $count } chats de grupo
    } tus derechos no bastan para dar tu lugar a la nueva dirección. ¿Envío a sus propietarios y administradores una breve petición desde esta cuenta?
move-ask-room-request-text = El texto de esa petición, si quieres usar tus propias palabras (solo si dijiste que sí; omite para usar mi texto estándar):
job-progress-rooms = Llevando tu nueva dirección a tus chats de grupo ({ $done } de { $total } listos).
report-rooms-title = { $count ->
        [one] Chats de grupo (1 sala):
       *[other] Chats de grupo ({ $count } salas):
    }
report-room-item = { $room } (tú: { room-affiliation }): { $outcome ->
        [granted-owner] la nueva dirección ya es propietaria.
        [granted-member] la nueva dirección ya es miembro.
        [already] la nueva dirección ya tenía ese lugar.
        [invited] invité a la nueva dirección (una sala solo para miembros la hace miembro).
        [failed] no funcionó (la sala dijo: { $error }).
        [pending] aún no está hecho.
       *[none] no se hizo nada.
    }
report-room-request = { $request ->
        [sent] Pedí a { $count ->
            [one] su propietario o administrador
           *[other] sus { $count } propietarios y administradores
        } que hagan { $wanted ->
            [owner] propietaria
            [admin] administradora
           *[member] miembro
        } a la nueva dirección.
        [hidden] Sus propietarios y administradores no son visibles para esta cuenta, así que no pude pedírselo; por favor, pídeselo tú.
        [declined] Elegiste no pedírselo a sus propietarios y administradores.
       *[pending] Todavía no se ha pedido nada a sus propietarios y administradores.
    }
report-room-notice = { $notice ->
        [sent] Tu mensaje de que te mudaste se publicó allí.
        [failed] Tu mensaje de que te mudaste no se pudo publicar (la sala dijo: { $error }).
        [members-only] Sin mensaje: la sala es solo para miembros.
        [moderated] Sin mensaje: la sala está moderada y esta cuenta no tiene voz allí.
        [password] Sin mensaje: la sala pide contraseña.
        [unreachable] Sin mensaje: la sala no respondió.
       *[pending] Tu mensaje de que te mudaste aún no se ha publicado.
    }
room-grant-reason = { $old } se ha mudado a { $target }.
room-request-default = ¡Hola! Me mudo de { $old } a { $target }. ¿Podrías hacer { $wanted ->
        [owner] propietaria
        [admin] administradora
       *[member] miembro
    } de { $room } a { $target }? Los derechos de mi cuenta antigua allí no bastan para hacerlo. ¡Gracias!
room-notice = Me he mudado a una nueva dirección: { $target }. Esta cuenta ({ $old }) ya no se usará.
