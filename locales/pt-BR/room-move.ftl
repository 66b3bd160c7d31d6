## Migrar uma sala inteira (move room)
cmd-move-room = migrar sala, mover sala
cmd-move-room-title = Migrar uma sala de bate-papo
cmd-move-room-summary = migrar uma sala da qual você é dono para outro serviço de salas, com configurações, assunto e membros

room-move-intro = Vamos migrar uma sala da qual você é dono, como { $user }, para outro serviço. Eu crio a sala lá, copio as configurações, o assunto e as listas de membros (quem já migrou aparece com o novo endereço) e só então fecho a sala antiga, mandando todos para a nova. Nada muda até você aceitar o plano.
room-move-ask-room = Qual sala? Envie o endereço dela (como sala@conference.example.org).
room-move-not-owner = Você não é dono de { $room } (ou a sala não mostra a lista de donos para esta conta). Só um dono pode migrar uma sala. Qual sala?
room-move-room-unreachable = Não consegui ler { $room } ({ $reason }). Confira o endereço. Qual sala?
room-move-ask-service = Para onde a sala deve ir?
room-move-service-other = outro serviço (vou perguntar o endereço)
room-move-ask-service-jid = O endereço do serviço de salas para onde migrar a sala (como conference.example.org):
room-move-same-service = A sala já está nesse serviço. Envie outro serviço de salas.
room-move-not-muc = { $service } não é um serviço de salas. Envie outro endereço.
room-move-service-unreachable = Não consegui acessar { $service } ({ $reason }). Envie outro endereço.
room-move-ask-creator = Qual das suas contas deve criar a nova sala (e ser a dona dela)?
room-move-creator-new = seu novo endereço, { $jid }
room-move-creator-new-unknown = seu novo endereço (vou perguntar qual)
room-move-creator-old = este endereço, { $jid }
room-move-ask-new-jid = Seu novo endereço:
room-move-ask-new-password = A senha do seu novo endereço, { $jid }, para eu provar que é seu:
room-move-reading = Lendo a sala (esta conta entra nela por um instante para ler o assunto)…
room-move-plan-continues = Uma migração anterior desta sala para o mesmo lugar parou antes do fim: esta a continua.
room-move-plan = O plano: migrar { $room } para { $newRoom }, criada por { $creator } (o dono).
    Configurações copiadas: nome “{ $name }”, descrição “{ $description }”, só membros: { $membersOnly ->
        [yes] sim
       *[no] não
    }, moderada: { $moderated ->
        [yes] sim
       *[no] não
    }, persistente: { $persistent ->
        [yes] sim
       *[no] não (a nova sala é criada persistente para estar lá quando os ocupantes chegarem)
    }, endereços reais visíveis para: { $anonymity ->
        [anyone] todos
        [moderators] moderadores
       *[other] { $anonymity }
    }, histórico: { $history ->
        [unknown] a sala não informa
       *[other] { $history } mensagens
    }, senha: { $password ->
        [yes] sim (é copiada, não mostrada)
       *[no] nenhuma
    }{ $others ->
        [0] {""}
        [one] , e mais 1 configuração
       *[other] , e mais { $others } configurações
    }.
    Assunto: “{ $subject }”.
    { $total ->
        [one] 1 afiliação
       *[other] { $total } afiliações
    } ({ $owners } donos, { $admins } administradores, { $members } membros, { $outcasts } banidos); { $mapped ->
        [0] ninguém delas migrou.
        [one] 1 migrou e aparece com o novo endereço:
       *[other] { $mapped } migraram e aparecem com os novos endereços:
    }
    { $mappedList }
room-move-plan-mapped-item = • { $jid } → { $newJid } ({ $via ->
        [ferry] migrou com o Ferry
        [statement] o aviso XEP-0283 dele diz isso
       *[owner] você, com a sala
    })
room-move-ask-old-room = E a sala antiga, quando a nova estiver pronta?
room-move-old-destroy = fechar, mandando os ocupantes para a nova sala
room-move-old-keep = deixar aberta, com uma mensagem apontando para a nova sala
room-move-ask-confirm = Começar agora?
room-move-declined = Tudo bem, nada foi alterado.
room-move-started = Migrando { $room } para { $newRoom } agora. Aviso aqui quando terminar.
room-move-already-running = Essa sala já está sendo migrada. Aviso quando terminar.
room-move-passwords-lost = Não tenho mais suas senhas (eu as guardo só na memória, e nesse meio-tempo fui reiniciado ou passou tempo demais). Envie *migrar sala* de novo: uma migração interrompida continua de onde parou.
room-move-interrupted = A migração de { $room } foi interrompida (uma conexão caiu). Nada foi fechado. Envie *migrar sala* de novo para continuar.
room-move-reason = Esta sala mudou para { $newRoom }.
room-move-pointer = Esta sala mudou para { $newRoom }. Venha com a gente para lá!
room-move-done = { $room } migrou para { $newRoom }: configurações, assunto e { $count ->
        [one] 1 afiliação
       *[other] { $count } afiliações
    } estão no lugar ({ $mapped } com novos endereços). { $closing ->
        [destroy] A sala antiga foi fechada; os ocupantes foram mandados para a nova.
        [keep-open] A sala antiga continua aberta, com uma mensagem apontando para a nova.
       *[pointer-failed] A sala antiga continua aberta, mas não foi possível publicar a mensagem apontando para a nova ({ $error }).
    }
room-move-uncopied = { $count ->
        [one] 1 configuração da sala antiga não existe no novo serviço e não foi copiada:
       *[other] { $count } configurações da sala antiga não existem no novo serviço e não foram copiadas:
    }
    { $list }
room-move-uncopied-item = • { $field }
room-move-subject-failed = Não foi possível definir o assunto na nova sala ({ $error }).
room-move-failed = A migração de { $room } para { $newRoom } parou { $step ->
        [read] ao ler a sala antiga
        [create] ao criar a nova sala
        [configure] ao configurar a nova sala
        [lists] ao definir as listas de membros
        [verify] porque as listas de membros da nova sala não estão completas
       *[close] ao fechar a sala antiga
    } ({ $reason ->
        [not-allowed] o serviço não deixa esta conta criar salas
        [room-exists] já existe uma sala com esse nome lá
        [lists-incomplete] veja abaixo
       *[other] { $reason }
    }). { $step ->
        [close] A nova sala está pronta.
       *[other] A sala antiga não foi alterada.
    }
room-move-members-refused = { $count ->
        [one] A nova sala recusou 1 entrada:
       *[other] A nova sala recusou { $count } entradas:
    }
    { $list }
room-move-member-refused = • { $jid } ({ $affiliation }): { $error }
