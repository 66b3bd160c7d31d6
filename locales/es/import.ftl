## Comandos
cmd-import = importar, contactos
cmd-import-title = Importar contactos
cmd-import-summary = añadir contactos desde un archivo (MSN Messenger, CSV de Outlook, vCard, Pidgin, XEP-0227) o una lista pegada

## Preguntas
import-intro = Envíame tu lista de contactos como archivo (compártela con la función de envío de archivos de tu cliente) o pega las direcciones. Puedo leer exportaciones de MSN/Windows Live Messenger (.ctt), CSV de Outlook y Hotmail, vCards (.vcf), el blist.xml de Pidgin, exportaciones de cuentas XEP-0227 (como una copia de seguridad de Ferry) y listas simples de direcciones.
import-ask-file = Tu archivo o tu lista:
import-reading = Leyéndolo…
import-ask-account = ¿Dónde añado estos contactos?
import-account-this = a esta cuenta ({ $jid })
import-account-target = a tu nueva cuenta ({ $jid })
import-account-suggest = a tu cliente de chat, como sugerencias para aceptarlas una a una (Gajim, Psi; no hace falta contraseña)
import-ask-password = La contraseña de { $jid }:
import-unreachable = No he podido conectar con el servidor de { $jid }. Inténtalo de nuevo más tarde o elige otra cuenta.

## Vista previa
import-format = { $format ->
        [msn-ctt] una lista de contactos de MSN Messenger
        [outlook-csv] un archivo de contactos de Outlook
        [csv] un archivo CSV
        [vcard] un archivo de vCards
        [pidgin-blist] una lista de amigos de Pidgin
        [xep0227] una exportación de cuenta XMPP (XEP-0227)
        [pasted-text] una lista de direcciones
       *[other] { $format }
    }
import-preview = Es { import-format } con { $found ->
        [one] 1 entrada
        [many] { $found } de entradas
       *[other] { $found } entradas
    }.
    • { $mapped ->
        [one] Se puede añadir 1 contacto
        [many] Se pueden añadir { $mapped } de contactos
       *[other] Se pueden añadir { $mapped } contactos
    }: { $xmpp ->
        [one] 1 ya es una dirección XMPP
        [many] { $xmpp } ya son direcciones XMPP
       *[other] { $xmpp } ya son direcciones XMPP
    }, { $adminMap ->
        [one] 1 sale de la tabla de direcciones de tu organización
        [many] { $adminMap } salen de la tabla de direcciones de tu organización
       *[other] { $adminMap } salen de la tabla de direcciones de tu organización
    }, { $transport } a través de una pasarela; en { $groups ->
        [one] 1 grupo
        [many] { $groups } de grupos
       *[other] { $groups } grupos
    }.
    • { $unmapped ->
        [0] No queda nada fuera.
        [one] 1 entrada no se puede añadir:
        [many] { $unmapped } de entradas no se pueden añadir:
       *[other] { $unmapped } entradas no se pueden añadir:
    }
    { $unmappedList }
import-problems = { $problems ->
        [one] 1 parte del archivo no contenía ninguna dirección que yo pudiera usar:
        [many] { $problems } de partes del archivo no contenían ninguna dirección que yo pudiera usar:
       *[other] { $problems } partes del archivo no contenían ninguna dirección que yo pudiera usar:
    }
    { $problemList }
import-problem-item = { $line ->
        [0] {""}
       *[other] línea { $line }:{" "}
    }{ $detail } ({ $code ->
        [no-address] sin dirección
        [invalid-address] no es una dirección válida
        [not-a-user-address] un servidor, no una persona
        [unknown-protocol] red desconocida
        [chat-room-skipped] una sala de chat, no un contacto
        [other-user-skipped] pertenece a otra cuenta del archivo
        [conflicting-mapping] correspondencia duplicada
        [invalid-subscription] estado de suscripción desconocido; se añade sin compartir presencia
        [too-many-problems] otros problemas del archivo, sin detallar uno por uno
       *[other] { $code }
    })
import-unanswered = { $count ->
        [one] 1 persona te había pedido ver cuándo estás conectado y nunca le respondiste. La añadiré a tus contactos sin autorizarlo y sin enviarle ninguna solicitud; puede volver a pedirlo:
        [many] { $count } de personas te habían pedido ver cuándo estás conectado y nunca les respondiste. Las añadiré a tus contactos sin autorizarlo y sin enviarles ninguna solicitud; pueden volver a pedirlo:
       *[other] { $count } personas te habían pedido ver cuándo estás conectado y nunca les respondiste. Las añadiré a tus contactos sin autorizarlo y sin enviarles ninguna solicitud; pueden volver a pedirlo:
    }
    { $list }
import-unanswered-item = { $jid }
import-mapped = { $count ->
        [one] 1 contacto se añadirá con otra dirección:
        [many] { $count } de contactos se añadirán con otra dirección:
       *[other] { $count } contactos se añadirán con otra dirección:
    }
    { $list }
import-mapped-item = { $address } → { $jid } ({ $rule ->
        [admin-map] según la tabla de direcciones de tu organización
        [transport] a través de una pasarela
       *[other] { $rule }
    })
import-nothing = Es { import-format } con { $found ->
        [one] 1 entrada
        [many] { $found } de entradas
       *[other] { $found } entradas
    }, pero { $found ->
        [one] no es
        [many] ninguna es
       *[other] ninguna es
    } una dirección que yo pueda añadir.
    { $unmappedList }
    Envía otro archivo o *cancelar*.

## Problemas con el archivo
import-encrypted = Ese archivo está cifrado de extremo a extremo (OMEMO), así que no puedo leerlo. Envíamelo sin cifrar, por ejemplo desde un chat con el cifrado desactivado.
import-download-failed = No he podido descargar ese archivo: { $reason ->
        [too-large] ocupa más de { $max ->
            [one] { NUMBER($max) } byte
            [many] { NUMBER($max) } de bytes
           *[other] { NUMBER($max) } bytes
        }
        [private-address] está en una dirección de red privada a la que no tengo permitido acceder
        [timeout] ha tardado demasiado
        [http-status] el servidor no lo ha entregado
        [bad-url] no es un enlace web que pueda usar
        [unresolvable] no se encuentra el nombre de su servidor
        [too-many-redirects] el enlace redirigió demasiadas veces
        [network] falló la conexión con su servidor
       *[other] { $reason }
    }.
import-error-empty = Ese archivo está vacío.
import-error-binary = Eso no parece un archivo de texto (quizá sea una imagen o un programa). Envíame la lista de contactos exportada, por favor.
import-error-too-large = Ese archivo es demasiado grande para mí (como máximo { $max ->
        [one] { NUMBER($max) } byte
        [many] { NUMBER($max) } de bytes
       *[other] { NUMBER($max) } bytes
    } y 100.000 entradas).
import-error-unknown-format = No reconozco ese formato. Envía un .ctt de MSN, un CSV, una vCard, el blist.xml de Pidgin o una exportación XEP-0227, o pega las direcciones.
import-error-xml-malformed = Ese archivo tiene un XML defectuoso; no he podido leerlo.
import-error-xml-entities-forbidden = Ese archivo declara entidades XML, y por seguridad me niego a expandirlas. Exporta la lista de nuevo, por favor.
import-error-truncated = Ese archivo se interrumpe a medias; parece que está cortado. Envíamelo de nuevo, por favor.
import-error-csv-malformed = Ese archivo CSV está dañado (por ejemplo, unas comillas que no se cierran).
import-error-chat-history-not-contacts = Eso es un historial de chat de Windows Live Messenger, no una lista de contactos. Solo nombra a las personas por su nombre visible, así que no puedo añadir a nadie a partir de él. Busca en su lugar la exportación de la lista de contactos (.ctt).
import-error-user-not-found = He encontrado { $accounts ->
        [one] 1 cuenta
        [many] { $accounts } de cuentas
       *[other] { $accounts } cuentas
    } en esa exportación, pero no la tuya ({ $user }). Exporta solo tu cuenta o envíame el archivo desde la cuenta a la que pertenece.
import-error-xep0227-index-file = Ese es el archivo índice de una exportación del servidor: no contiene cuentas, solo nombra el archivo de cada dominio. Envíame el archivo que nombra para tu dominio: { $files }

## En marcha e informe
import-started = Estoy añadiendo { $count ->
        [one] 1 contacto
        [many] { $count } de contactos
       *[other] { $count } contactos
    } a { $jid }; te iré informando aquí.
import-suggested = He enviado { $count ->
        [one] 1 contacto a tu cliente como sugerencia
        [many] { $count } de contactos a tu cliente como sugerencias
       *[other] { $count } contactos a tu cliente como sugerencias
    }. Debería preguntarte por cada uno. (Si no aparece nada, tu cliente no es compatible con esto; envía *importar* de nuevo y elige una cuenta).
import-suggestion-body = Contactos de tu importación ({ $count }): tu cliente puede añadirlos por ti.
import-report-done = Tu importación a { $target } ha terminado.
import-report-cancelled = Tu importación a { $target } se ha cancelado. Esto es lo que se había hecho hasta entonces:
import-report-unanswered-title = Añadidos sin autorizarlos ni enviarles ninguna solicitud (te habían pedido ver cuándo estás conectado y nunca les respondiste; pueden volver a pedirlo):
import-report-counts = { $total ->
        [one] De 1 entrada
        [many] De las { $total } de entradas
       *[other] De las { $total } entradas
    }: { $moved ->
        [one] 1 añadida
        [many] { $moved } añadidas
       *[other] { $moved } añadidas
    } ({ $requested ->
        [one] 1 recibió una solicitud para compartir la presencia
        [many] { $requested } recibieron una solicitud para compartir la presencia
       *[other] { $requested } recibieron una solicitud para compartir la presencia
    }), { $failed ->
        [one] 1 fallida
        [many] { $failed } fallidas
       *[other] { $failed } fallidas
    }, { $skipped } sin añadir{ $pending ->
        [0] .
        [one] , 1 pendiente.
        [many] , { $pending } pendientes.
       *[other] , { $pending } pendientes.
    }
import-interrupted = Tu importación se ha interrumpido (me han reiniciado o he perdido la conexión). Envía *importar* para empezarla de nuevo; a los contactos que ya se añadieron no se les volverá a preguntar.
import-already-running = Esta importación ya está en curso, así que no la he iniciado una segunda vez. Te enviaré el informe aquí cuando termine.
