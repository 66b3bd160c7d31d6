## Comandos de administración (solo los ven los JID de FERRY_ADMINS)
cmd-broadcast = difundir, aviso, anunciar
cmd-broadcast-title = Enviar un aviso
cmd-broadcast-summary = enviar a todos los usuarios (o a algunos) un aviso sobre la mudanza, una vez o de forma periódica
cmd-broadcasts = recordatorios
cmd-broadcasts-title = Avisos periódicos
cmd-broadcasts-summary = ver los avisos periódicos y cancelar alguno
cmd-stats = estadísticas, estadisticas, cifras
cmd-stats-title = Estadísticas
cmd-stats-summary = quién se ha mudado hasta ahora, por día, con descarga

## Aviso: redacción
broadcast-intro = Vamos a escribir un aviso. Le añadiré una línea breve, en el idioma de cada lector, que explica cómo empezar la mudanza conmigo. Todos lo recibirán como mensaje de chat mío; quien no esté conectado lo recibirá la próxima vez que inicie sesión.
broadcast-ask-text = El aviso en { $language } (puedes escribir varias líneas en un mismo mensaje):
broadcast-ask-languages = ¿Quieres escribirlo también en otros idiomas? Envía sus códigos, p. ej., «de». Disponibles: { $offered }. Quien tenga un idioma que no incluyas recibirá el texto en el idioma predeterminado.
broadcast-ask-translation = El aviso en { $language } (u omítelo para usar el texto en el idioma predeterminado):
broadcast-unknown-languages = No ofrezco estos idiomas: { $codes }. Disponibles: { $offered }. Envía el aviso de nuevo, por favor.

## Aviso: destinatarios
broadcast-registered-incomplete = Nota: el servidor de { $domain } no me da su lista de cuentas (como administrador del servidor necesito XEP-0133 «get registered users list», y Prosody 0.12 no lo tiene). Por eso «todos» significa todas las personas que conozco: las conectadas ahora, las que están en mis contactos, las que tienen una mudanza o las que me han escrito alguna vez. Para llegar a todas las cuentas, elige la lista y pega las direcciones (en Prosody: prosodyctl shell user list { $domain }).
broadcast-ask-audience = ¿Quién debe recibirlo?
broadcast-audience-registered = { $complete ->
        [yes] Todos los usuarios registrados en { $domain } ({ $count })
       *[no] Todas las personas de { $domain } que conozco ({ $count })
    }
broadcast-audience-pasted = Una lista de direcciones que voy a pegar
broadcast-audience-online = Usuarios conectados ahora mismo ({ $count })
broadcast-audience-started = Usuarios que empezaron una mudanza pero no la han terminado ({ $count })
broadcast-audience-not-started = { $complete ->
        [yes] Usuarios que no han empezado ninguna mudanza ({ $count })
       *[no] Usuarios que conozco y que no han empezado ninguna mudanza ({ $count })
    }
broadcast-ask-list = Pega las direcciones, una por línea (o separadas por espacios o comas):
broadcast-list-file-hint = Si la lista es larga, comparte mejor un archivo de texto con una dirección por línea (por ejemplo, la salida de `prosodyctl shell user list`).
broadcast-list-empty = No he encontrado ninguna dirección ahí. Pega direcciones como nombre@example.org, por favor.
broadcast-list-read = Gracias, ya tengo la lista.
broadcast-list-ignored = { $count ->
        [one] He ignorado 1 entrada que no es una dirección
        [many] He ignorado { $count } de entradas que no son direcciones
       *[other] He ignorado { $count } entradas que no son direcciones
    }: { $list }

## Aviso: repetición
broadcast-ask-every = ¿Cada cuántos días lo vuelvo a enviar a quienes aún no se hayan mudado? Envía un número (p. ej., 7).
broadcast-bad-every = Envía un número entero de días del 1 al 365, o sáltate esta pregunta, por favor.
broadcast-ask-until = ¿Hasta qué día (la fecha de cierre)? Envíalo en formato AAAA-MM-DD, p. ej., 2030-06-30.
broadcast-bad-until = Envía una fecha posterior a hoy, en formato AAAA-MM-DD, por favor.

## Aviso: vista previa y envío
broadcast-preview-heading = Esto es exactamente lo que recibirán las personas cuyo idioma es { $language }:
broadcast-ask-confirm = { $count ->
        [one] ¿Lo envío ahora a 1 persona?
        [many] ¿Lo envío ahora a { $count } de personas?
       *[other] ¿Lo envío ahora a { $count } personas?
    }{ $every ->
        [0] {""}
        [1] {" "}Después, otra vez cada día hasta el { $until }, a quienes no se hayan mudado.
        [many] {" "}Después, otra vez cada { $every } días hasta el { $until }, a quienes no se hayan mudado.
       *[other] {" "}Después, otra vez cada { $every } días hasta el { $until }, a quienes no se hayan mudado.
    }
broadcast-declined = De acuerdo, no se ha enviado nada. Envía *difundir* para empezar de nuevo.
broadcast-started = { $count ->
        [one] Enviando ahora a 1 persona.
        [many] Enviando ahora a { $count } de personas.
       *[other] Enviando ahora a { $count } personas.
    } Te contaré aquí cómo va.{ $every ->
        [0] {""}
       *[other] {" "}Los recordatorios están programados; envía *recordatorios* para verlos o cancelarlos.
    }
broadcast-progress = El aviso se sigue enviando: van { $done } de { $total }.
broadcast-report = Envío terminado: se ha enviado a { $sent } de { $total ->
        [one] 1 persona
        [many] { $total } de personas
       *[other] { $total } personas
    } y { $failed ->
        [one] 1 envío ha fallado
        [many] { $failed } de envíos han fallado
       *[other] { $failed } envíos han fallado
    }.
broadcast-failed-list = No se ha podido entregar a:
    { $list }
broadcast-failed-item = { $jid } ({ $reason ->
        [service-unavailable] esa cuenta no existe o no acepta mensajes
        [item-not-found] esa cuenta no existe
        [remote-server-not-found] no se puede contactar con su servidor
        [remote-server-timeout] su servidor no ha respondido
        [send-failed] no pude enviarlo, falló mi propia conexión
       *[other] el servidor dijo: { $reason }
    })

## La línea que se añade a cada aviso (en el idioma del lector)
broadcast-footer = Para mudar tu cuenta con todos tus contactos, abre { $link } o envíame («{ $bot }») la palabra *{ $word }*.

## Avisos periódicos
broadcasts-none = No hay avisos periódicos. Envía *difundir* para crear uno.
broadcasts-intro = { $count ->
        [one] Hay 1 aviso periódico programado.
        [many] Hay { $count } de avisos periódicos programados.
       *[other] Hay { $count } avisos periódicos programados.
    }
broadcasts-ask-cancel = ¿Cuál cancelo?
broadcasts-item = «{ $excerpt }» – { $everyDays ->
        [one] cada día
        [many] cada { $everyDays } días
       *[other] cada { $everyDays } días
    } hasta el { $until }; próximo envío el { $next } (enviado { $runs ->
        [one] una vez
        [many] { $runs } veces
       *[other] { $runs } veces
    } hasta ahora)
broadcasts-keep = Ninguno, mantenerlos todos
broadcasts-kept = De acuerdo, todos siguen programados.
broadcasts-cancelled = Cancelado. Ese aviso no se volverá a enviar.

## Estadísticas
stats-table = ```
    Sin empezar todavía      { $notStarted }{ $complete ->
        [yes] {""}
       *[no] {" "}(de las cuentas que conozco)
    }
    En curso                 { $inProgress }
    Cuentas mudadas          { $moved }
    Con error o canceladas   { $failed }
    Contactos trasladados    { $contacts }
    Importaciones hechas     { $imports }
    Avisos                   { $broadcasts } ({ $notices ->
        [one] 1 mensaje
        [many] { $notices } de mensajes
       *[other] { $notices } mensajes
    })
    ```
    Por día (mudanzas empezadas / terminadas):
    ```
    { $days }
    ```
stats-day = { $day }   { $started } / { $moved }
stats-no-days = (todavía no hay mudanzas)
stats-export = Las mismas cifras en JSON: { $url }
stats-chart = Las mismas cifras en un gráfico: { $url }
stats-chart-days-title = Mudanzas por día
stats-chart-started = empezadas
stats-chart-moved = terminadas
stats-chart-day = { DATETIME($day, month: "short", day: "numeric") }
stats-chart-users-title = Usuarios por estado
stats-chart-state-not-started = Sin empezar todavía
stats-chart-state-in-progress = En curso
stats-chart-state-moved = Cuentas mudadas
stats-chart-state-failed = Con error o canceladas
stats-export-inline = { $reason ->
        [no-upload-service] Mi servidor no ofrece subida de archivos (XEP-0363), así que aquí van las mismas cifras en JSON:
       *[other] No se ha podido subir la exportación JSON ({ $reason }), así que aquí van las mismas cifras en JSON:
    }
