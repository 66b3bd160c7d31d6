## Commands
cmd-restore = restaurar, recuperar
cmd-restore-title = Restaurar una copia de seguridad
cmd-restore-summary = volver a poner una copia de seguridad (XEP-0227: la de Ferry, o una exportación de Prosody, Snikket o ejabberd) en una cuenta: contactos, perfil, marcadores, direcciones bloqueadas

## Asking
restore-intro = Envíame el archivo de la copia de seguridad (compártelo con la función de envío de archivos de tu cliente, o pega su enlace de descarga). Leo las copias de Ferry y las exportaciones XEP-0227 de Prosody, Snikket y ejabberd. Primero te muestro lo que contiene; no escribo nada hasta que me des la contraseña de la cuenta donde restaurarla.
restore-ask-file = El archivo de la copia o su enlace:
restore-reading = Leyendo la copia de seguridad…
restore-ask-account-in-file = Este archivo contiene varias cuentas. ¿Cuál es la tuya?
restore-ask-account = ¿En qué cuenta la restauro?
restore-ask-continue = Tu restauración en { $jid } se interrumpió. ¿La continúo donde se quedó? (No: empezar una nueva con un archivo.)
restore-unreachable = No pude conectar con el servidor de { $jid }. Inténtalo de nuevo más tarde.

## Preview
restore-preview = Esta copia contiene la cuenta { $account }{ $ferry ->
        [yes] {" "}(hecha por Ferry)
       *[no] {""}
    }. Voy a restaurar:
    • { $contacts ->
        [one] 1 contacto
       *[other] { $contacts } contactos
    } con sus nombres, { $groups ->
        [one] 1 grupo
       *[other] { $groups } grupos
    } y quién ve a quién en línea
    • tarjeta de perfil (vCard): { $vcard ->
        [0] ninguna
       *[other] sí
    }; avatar: { $avatar ->
        [0] ninguno
       *[other] sí
    }; apodo: { $nickname ->
        [0] ninguno
       *[other] sí
    }
    • marcadores: { $bookmarks } (y { $legacyBookmarks } en el formato antiguo)
    • direcciones bloqueadas: { $blocked }
    • otros datos guardados (nodos PEP): { $pepNodes }
restore-history = También contiene { $messages ->
        [one] 1 mensaje
       *[other] { $messages } mensajes
    } de historial. No los escribiré: XMPP no ofrece ninguna forma de escribir historial en el archivo de un servidor. La administración de tu nuevo servidor puede importar el archivo (el README de Ferry explica cómo con Prosody).
restore-skipped = { $count ->
        [one] 1 entrada de su lista de contactos no se puede restaurar:
       *[other] { $count } entradas de su lista de contactos no se pueden restaurar:
    }
    { $list }
restore-not-a-backup = Eso no es una copia de seguridad que yo pueda leer: restauro archivos XEP-0227 (las copias de Ferry y las exportaciones de Prosody, Snikket y ejabberd). Para otras listas de contactos, usa *importar*.
restore-nothing = La copia de { $account } no contiene contactos ni datos de perfil: no hay nada que restaurar. Envía otro archivo, o *cancelar*.

## Running and report
restore-started = Restaurando en { $jid } ahora; te informaré aquí cuando termine.
restore-progress-profile = Contactos listos. Ahora restauro tu perfil, tus marcadores y tus direcciones bloqueadas.
restore-already-running = Ya hay una restauración tuya en marcha, así que no he iniciado otra. Te enviaré el informe aquí cuando termine.
restore-report-done = Tu restauración en { $target } ha terminado.
restore-report-cancelled = Tu restauración en { $target } se canceló. Esto es lo que se había hecho:
restore-report-counts = { $total ->
        [one] De 1 contacto de la copia
       *[other] De { $total } contactos de la copia
    }: { $moved } restaurados ({ $requested } invitados de nuevo a compartir su presencia), { $failed } fallidos, { $skipped } sin restaurar{ $pending ->
        [0] .
       *[other] , { $pending } aún pendientes.
    }
restore-interrupted = Tu restauración se interrumpió (me reiniciaron o perdí la conexión). Envía *restaurar* para continuar donde se quedó; nada de lo ya hecho se hará dos veces.
