## Comandos
cmd-move = migrar, mover, migração, migracao
cmd-move-title = Migrar minha conta
cmd-move-summary = levar esta conta para outro servidor, com todos os contatos
cmd-resume = retomar, continuar
cmd-resume-title = Retomar minha migração
cmd-resume-summary = continuar uma migração que foi interrompida
cmd-status = status, situação, situacao
cmd-status-title = Status da minha migração
cmd-status-summary = ver como foi sua migração e quem já aceitou seu novo endereço
word-new = novo, nova, criar

## Perguntas
move-intro = Vamos migrar sua conta { $user } para um novo endereço. Vou copiar seus contatos (com nomes e grupos), seu perfil e seus favoritos, pedir aos seus contatos que adicionem o novo endereço e deixar na conta antiga um aviso apontando para a nova (XEP-0283). Nada muda antes de você aprovar o plano.
move-ask-target = Qual é o seu novo endereço? Escreva aqui (por exemplo, nome@example.org) ou envie *novo* para criar uma conta nova.
move-ask-new-password = A senha da sua conta nova (se for para eu criar a conta: a senha que você quer usar):
move-ask-old-password = A senha desta conta, { $user }, para eu confirmar que ela é sua:
move-target-is-self = Essa é a conta de onde você está escrevendo. Envie o endereço para onde você quer migrar.
move-unreachable = Não consegui acessar o servidor de { $jid }. Confira o endereço ou tente de novo mais tarde.
move-passwords-lost = Preciso { $count ->
        [one] de uma das suas senhas
       *[other] das suas senhas
    } de novo: guardo senhas só na memória e, nesse meio-tempo, fui reiniciado ou passou tempo demais.
register-no-providers = Este bot não tem nenhum provedor configurado para contas novas. Crie uma conta pelo seu cliente ou no site de um provedor e depois envie o endereço dela.
register-ask-provider = Onde devo criar sua conta nova?
register-ask-username = Qual nome de usuário você quer em { $provider }? (Seu endereço vai ser usuario@{ $provider }.)
register-web = { $provider } pede que as contas novas sejam criadas no site: { $url } — volte aqui com o novo endereço quando tiver criado a conta.
register-closed = { $provider } não está aceitando contas novas no momento. Envie um endereço que você já tenha.
register-done = Sua conta nova { $jid } está pronta.
register-taken = O nome { $username } já está em uso em { $provider }. Escolha outro.
register-failed = { $reason ->
        [not-acceptable] O provedor não aceitou esses dados (talvez a senha seja fraca demais ou algum campo esteja errado).
        [not-allowed] O provedor não permite criar esta conta.
        [resource-constraint] O provedor pede um tempo antes de criar outra conta. Tente de novo mais tarde.
       *[other] O provedor não conseguiu criar a conta ({ $reason }).
    } Envie um endereço que já existe ou *novo* para tentar de novo.
register-captcha-link = Para ver, abra: { $url }
register-captcha-adhoc-only = Este provedor envia o CAPTCHA de um jeito que não consigo mostrar no chat. Responda no comando ad-hoc *migrar* do seu cliente (lá as senhas também ficam ocultas) ou cadastre-se na página web do provedor.

## Plano
move-reading = Obrigado, as duas senhas funcionam. Estou lendo sua conta…
move-plan = Este é o plano para migrar para { $target }:
    • { $contacts ->
        [0] Nenhum contato será migrado
        [one] { $contacts } contato será migrado
        [many] { $contacts } de contatos serão migrados
       *[other] { $contacts } contatos serão migrados
    } ({ $both ->
        [0] { $both } mútuos
        [one] { $both } mútuo
        [many] { $both } mútuos
       *[other] { $both } mútuos
    }, { $to } que você segue, { $from ->
        [0] { $from } que seguem você
        [one] { $from } que segue você
        [many] { $from } que seguem você
       *[other] { $from } que seguem você
    }, { $pending } que você pediu para seguir (ainda sem resposta), { $none } sem inscrição), { $groups ->
        [0] sem grupos
        [one] em { $groups } grupo
        [many] em { $groups } de grupos
       *[other] em { $groups } grupos
    }.
    • Seus contatos vão receber uma solicitação do novo endereço informando que ele substitui o antigo.
    Dados do perfil:
    { $profile }
move-plan-skipped = { $count ->
        [0] { $count } entradas não serão migradas:
        [one] { $count } entrada não será migrada:
        [many] { $count } de entradas não serão migradas:
       *[other] { $count } entradas não serão migradas:
    }
    { $list }
move-plan-nothing-skipped = Todos os contatos podem ser migrados.
move-plan-unchecked = { $count ->
        [one] { $count } domínio não verificado (não deu tempo de perguntar se ele é um gateway; os contatos dele serão migrados normalmente):
        [many] { $count } de domínios não verificados (não deu tempo de perguntar se eles são gateways; os contatos deles serão migrados normalmente):
       *[other] { $count } domínios não verificados (não deu tempo de perguntar se eles são gateways; os contatos deles serão migrados normalmente):
    }
    { $domains }
move-plan-unchecked-item = { $domain }
move-plan-no-pre-approval = • Seu servidor novo não consegue autorizar contatos com antecedência (não tem pré-aprovação). { $count ->
        [one] 1 contato que vê você agora vai
       *[other] { $count } contatos que veem você agora vão
    } ter que pedir de novo: aceite-os quando seu cliente perguntar.
move-plan-slow-requests = • Seu servidor novo aceita só { $burst } pedidos de contato de uma mesma conta e depois nenhum por { $seconds } segundos. Vou enviar os { $count } pedidos nesse ritmo, então a mudança vai levar cerca de { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    } a mais.
move-plan-slow-contact-servers = • { $servers ->
        [one] O servidor de alguns dos seus contatos (ejabberd) aceita
       *[other] Os servidores de alguns dos seus contatos ({ $servers }, ejabberd) aceitam
    } só { $burst } pedidos de contato de outro servidor e depois nenhum por { $seconds } segundos. Vou enviar os { $count } pedidos para eles nesse ritmo, então a mudança vai levar cerca de { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    } a mais, ou mais ainda se outras pessoas mudarem contatos para lá ao mesmo tempo.
move-plan-notice-required = • { $count ->
        [one] 1 contato está
       *[other] { $count } contatos estão
    } em servidores ejabberd, que podem tirar o aviso de migração de um pedido que espera alguém offline. Eles vão receber de qualquer forma uma mensagem curta desta conta com seu novo endereço.
move-ask-confirm = Posso começar agora?
move-ask-notify = Quer que eu também envie a cada contato, a partir desta conta, uma mensagem curta com seu novo endereço (para os clientes que não entendem o aviso de migração)?
move-ask-backup-history = Quer que eu também guarde um backup desta conta com o histórico de mensagens? Eu o faço primeiro, enquanto esta conta ainda funciona, e o coloco no seu novo servidor para que ele sobreviva a este; o link chega aqui no chat. Qual histórico ele deve incluir?
move-backup-none = Sem backup
move-declined = Certo, não mudei nada. Envie *migrar* quando quiser começar de novo.

## Em andamento
move-started = Começando a migração para { $target }. Vou contando aqui como está indo; com uma lista de contatos grande, isso pode levar alguns minutos. Envie *cancelar* para parar.
job-progress = Ainda trabalhando: já processei { $done } de { $total ->
        [0] { $total } contatos
        [one] { $total } contato
        [many] { $total } de contatos
       *[other] { $total } contatos
    }.
move-interrupted = Sua migração foi interrompida (fui reiniciado ou perdi a conexão). Nada foi enviado duas vezes. Envie *retomar* para continuar; vou precisar das suas senhas de novo, porque nunca as guardo.
move-already-running = Esta migração já está em andamento, então não a iniciei uma segunda vez. Envio o relatório aqui quando terminar.
move-contact-notice = Oi! Mudei para um novo endereço: { $target }. Por favor, me adicione lá: { $link } — não vou mais usar esta conta ({ $old }).

profile-found-item = • { $item ->
        [vcard] Cartão de perfil (vCard)
        [avatar] Avatar
        [nickname] Apelido
        [bookmarks] Favoritos ({ $count })
        [legacy-bookmarks] Favoritos no formato antigo ({ $count })
        [blocklist] Endereços bloqueados ({ $count })
       *[other] { $item }
    }
profile-found-nothing = • Nenhum dado de perfil encontrado.

## Relatório
move-report-done = Sua migração para { $target } foi concluída.
move-report-cancelled = Sua migração para { $target } foi cancelada. Veja o que já tinha sido feito até aqui:
move-report-counts = { $total ->
        [0] De { $total } entradas da lista de contatos
        [one] De { $total } entrada da lista de contatos
        [many] De { $total } de entradas da lista de contatos
       *[other] De { $total } entradas da lista de contatos
    }: { $moved ->
        [0] { $moved } migradas
        [one] { $moved } migrada
        [many] { $moved } migradas
       *[other] { $moved } migradas
    } ({ $requested ->
        [0] { $requested } convidadas
        [one] { $requested } convidada
        [many] { $requested } convidadas
       *[other] { $requested } convidadas
    } a aceitar o novo endereço, { $preApproved ->
        [0] { $preApproved } autorizadas
        [one] { $preApproved } autorizada
        [many] { $preApproved } autorizadas
       *[other] { $preApproved } autorizadas
    } a ver você), { $failed } com falha, { $skipped ->
        [0] { $skipped } ignoradas
        [one] { $skipped } ignorada
        [many] { $skipped } ignoradas
       *[other] { $skipped } ignoradas
    }{ $pending ->
        [0] .
        [one] , { $pending } ainda pendente.
        [many] , { $pending } ainda pendentes.
       *[other] , { $pending } ainda pendentes.
    }
report-no-pre-approval = { $count ->
        [one] Não consegui autorizar com antecedência 1 contato que via você
       *[other] Não consegui autorizar com antecedência { $count } contatos que viam você
    }: seu servidor novo não tem pré-aprovação. Quando pedirem para ver você, aceite-os no seu cliente.
report-failed-title = Não foi possível adicionar na conta nova:
report-failed-item = { $jid } (o servidor disse: { $reason })
report-requests-refused = { $count ->
        [one] Adicionei 1 contato, mas o pedido (ou a autorização) que enviei voltou recusado; peça você mesmo:
       *[other] Adicionei { $count } contatos, mas o pedido (ou a autorização) que enviei voltou recusado; peça você mesmo:
    }
report-skipped-title = Ficaram de fora:
report-skipped-item = { $jid }: { $reason ->
        [transport] é um gateway para outra rede de chat, não um contato
        [legacy-network] é um contato por trás de um gateway para outra rede de chat; o novo servidor pode não ter o mesmo gateway, então adicione esse contato lá manualmente
        [invalid-jid] não é um endereço XMPP válido
        [self] é o seu próprio endereço
        [target] é o seu novo endereço
        [bot] sou eu
        [no-mapping] não é um endereço XMPP, e não há correspondência nem gateway para ele
        [invalid-address] não é um endereço válido
        [transport-unknown] é um endereço de outra rede de chat, mas nenhum gateway para essa rede está configurado aqui
        [duplicate] já está na lista (o mesmo endereço de outra entrada, que será migrada)
       *[other] { $reason }
    }
report-profile-title = Perfil:
report-profile-item = { $item ->
        [vcard] Cartão de perfil (vCard)
        [avatar] Avatar
        [nickname] Apelido
        [bookmarks] Favoritos
        [legacy-bookmarks] Favoritos (formato antigo)
        [blocklist] Endereços bloqueados
        [pep-nodes] Outros dados salvos (PEP)
       *[other] { $item }
    }: { $outcome ->
        [copied] { $item ->
            [bookmarks] copiados
            [legacy-bookmarks] copiados
            [blocklist] copiados
           *[other] copiado
        }{ $count ->
            [0] {""}
           *[other] {" "}({ $count })
        }
        [none] nada para copiar
        [unsupported-source] o servidor antigo não tem suporte para isso
        [unsupported-target] o servidor novo não tem suporte para isso
        [partial] só { $count } mantido(s){ $condition ->
            [none] {""}
           *[other] {" "}(o servidor disse: { $condition })
        }; o servidor novo não guardou estes, adicione-os à mão: { $lost }
       *[failed] erro ({ $condition })
    }
report-statement-ok = A conta antiga agora informa que você migrou para { $target }; clientes e servidores compatíveis com XEP-0283 vão passar a usar o novo endereço automaticamente.
report-statement-failed = Não consegui publicar o aviso de migração na conta antiga (o servidor disse: { $reason }).
report-history-backup = { $state ->
        [done] Backup desta conta: feito antes da migração; o link está nas mensagens acima.
        [failed] Backup desta conta: não foi feito (uma mensagem acima diz por quê). Use *backup* enquanto esta conta ainda funciona.
       *[interrupted] Backup desta conta: uma reinicialização o interrompeu e eu não o fiz de novo. Use *backup* enquanto esta conta ainda funciona.
    }
report-notices = { $count ->
        [0] Não enviei mensagem com seu novo endereço a nenhum contato.
        [one] Enviei uma mensagem de chat com seu novo endereço para { $count } contato.
        [many] Enviei uma mensagem de chat com seu novo endereço para { $count } de contatos.
       *[other] Enviei uma mensagem de chat com seu novo endereço para { $count } contatos.
    }
report-notices-bounced = { $count ->
        [one] { $count } deles não a recebeu; a mensagem voltou sem ser entregue:
        [many] { $count } deles não a receberam; a mensagem voltou sem ser entregue:
       *[other] { $count } deles não a receberam; a mensagem voltou sem ser entregue:
    }
report-and-more = …e mais { $count }.
report-more-follow = …e mais { $count }, nas próximas mensagens.
job-progress-profile = Contatos prontos. Agora estou copiando seu perfil e publicando para onde você se mudou.
job-progress-notices = Avisando seus contatos do novo endereço (mensagens enviadas: { $sent } de { $total }).

## Retomar
resume-intro = Sua migração para { $target } foi interrompida. Para continuar, preciso das duas senhas de novo.
resume-running = Sua migração ainda está em andamento. Aviso aqui quando terminar.
resume-nothing = Não há nenhuma migração interrompida para continuar. Envie *migrar* para começar uma.

## Status
status-no-move = Você ainda não migrou esta conta comigo. Envie *migrar* para começar.
status-summary = Migração para { $target }: { $status ->
        [running] em andamento
        [done] concluída
        [interrupted] interrompida (envie *retomar* para continuar)
        [cancelled] cancelada
       *[other] { $status }
    }. Entradas migradas: { $moved } de { $total }; com falha: { $failed }; ignoradas: { $skipped }.
status-ask-password = Para ver quem já aceitou seu novo endereço, envie a senha de { $target }. (Ou envie *cancelar*.)
status-acceptance = { $accepted ->
        [0] Ninguém aceitou seu novo endereço ainda
        [one] { $accepted } contato aceitou seu novo endereço
        [many] { $accepted } de contatos aceitaram seu novo endereço
       *[other] { $accepted } contatos aceitaram seu novo endereço
    }; { $waiting ->
        [0] ninguém ficou sem responder.
        [one] { $waiting } ainda não respondeu.
        [many] { $waiting } ainda não responderam.
       *[other] { $waiting } ainda não responderam.
    }
    Já aceitaram:
    { $acceptedList }
    Ainda não responderam:
    { $waitingList }
status-contact-item = • { $jid }
status-accepted-more = Já aceitaram:
    { $list }
status-waiting-more = Ainda não responderam:
    { $list }
status-sign-in-failed = Não consegui entrar na sua conta nova, então ainda não sei dizer quem aceitou.

## Backup
cmd-backup = backup, exportar
cmd-backup-title = Fazer backup da minha conta
cmd-backup-summary = receber seus contatos, seu perfil, seus favoritos e seu histórico de mensagens em um arquivo (XEP-0227)
backup-intro = Vou colocar seus contatos, seu perfil, seus favoritos e outros dados salvos em um único arquivo (XEP-0227, que os servidores conseguem importar) e mandar para você um link de download. O link funciona para qualquer pessoa que o tiver, então não compartilhe com ninguém.
backup-working = Estou exportando sua conta. Isso acontece em segundo plano: vou te mandar o link de download aqui no chat quando o arquivo estiver pronto.
backup-ask-history = Qual histórico de mensagens o arquivo deve incluir?
backup-history-all = Todo
backup-history-months = { $months ->
        [one] O último mês
       *[other] Os últimos { $months } meses
    }
backup-history-none = Nenhum (só contatos, perfil e dados salvos)
backup-progress = { $messages } mensagens do seu histórico salvas até agora (até { $date })…
backup-already-running = Seu backup já está sendo feito. Vou te mandar o link quando estiver pronto.
backup-history-count = Ele contém { $messages ->
        [one] 1 mensagem
       *[other] { $messages } mensagens
    } do seu histórico.
backup-history-capped = O arquivo chegou ao tamanho máximo ({ $megabytes } MB), então o histórico nele termina em { $date }, depois de { $messages } mensagens. Para ter suas mensagens mais recentes, envie *backup* de novo e escolha um período mais curto.
backup-history-unavailable = Seu servidor não me deixou ler seu histórico de mensagens (XEP-0313), então o arquivo não tem nenhum.
backup-history-note = Sobre o histórico: o XMPP não te dá nenhum jeito de gravar você mesmo mensagens antigas no arquivo de um servidor novo, e eu também não posso fazer isso por você. O administrador do seu novo servidor pode importá-las deste arquivo (no Prosody com o prosody-migrator; o README do Ferry explica como). Guarde o arquivo: ele também é a sua própria cópia.
backup-ready = Aqui está seu backup ({ $contacts ->
        [0] { $contacts } contatos
        [one] { $contacts } contato
        [many] { $contacts } de contatos
       *[other] { $contacts } contatos
    }, { $pepNodes ->
        [0] { $pepNodes } itens de dados salvos
        [one] { $pepNodes } item de dados salvos
        [many] { $pepNodes } de itens de dados salvos
       *[other] { $pepNodes } itens de dados salvos
    }): { $url }
backup-ask-elsewhere = Devo colocar o arquivo também em outro servidor, para que ele sobreviva se este for desligado de repente? Preciso da senha de uma conta lá para enviar por ela (nunca a guardo).
backup-elsewhere-target = sim, pela sua conta nova ({ $jid })
backup-elsewhere-other = sim, por outra conta sua
backup-elsewhere-no = não, só por este servidor
backup-ask-elsewhere-jid = O endereço dessa conta:
backup-stored-at = { $own ->
        [yes] O arquivo fica guardado no serviço de envio de arquivos de { $host }
        [target] O arquivo fica guardado no serviço de envio de arquivos do seu novo servidor, { $host }, então ele continua lá se o antigo for desligado
       *[no] Seu servidor não oferece envio de arquivos, então o arquivo fica guardado no serviço de envio de { $host }
    }, só pelo tempo que a administração definiu (muitas vezes uma semana ou um mês; pergunte a ela). Salve-o em um lugar seu; aqui está ele como arquivo:
backup-also-stored-at = Uma cópia também fica guardada por { $host }, então ela continua lá se { $old } for desligado (pelo tempo que { $host } mantém os envios): { $url }
backup-elsewhere-failed = Não consegui colocar uma cópia em { $host }: { $reason ->
        [unreachable] não consegui entrar lá.
        [no-upload-service] ele não oferece envio de arquivos (XEP-0363).
        [too-large] o arquivo é maior do que ele aceita.
       *[other] o envio falhou ({ $reason }).
    }
backup-failed = { $reason ->
        [no-upload-service] Seu servidor não oferece envio de arquivos (XEP-0363), então não consigo entregar o arquivo para você. Peça ao administrador do seu servidor para ativar esse recurso.
        [too-large] O backup é maior do que o limite de envio de arquivos do seu servidor.
        [not-authorized] A senha não funcionou.
        [unreachable] Não consegui acessar seu servidor. Tente de novo mais tarde.
       *[other] Não consegui fazer o upload do backup ({ $reason }).
    }

## Salas de grupo
move-plan-rooms = { $count ->
        [one] Chats em grupo (1 sala nos favoritos; seu lugar nela foi lido das listas de membros, que ninguém na sala vê):
       *[other] Chats em grupo ({ $count } salas nos favoritos; seu lugar nelas foi lido das listas de membros, que ninguém nas salas vê):
    }
    { $list }
move-plan-room-item = • { $room } (você: { room-affiliation }): { $step ->
        [grant-owner] vou tornar o novo endereço proprietário
        [grant-member] vou tornar o novo endereço membro
        [invite] vou convidar o novo endereço (uma sala só para membros o torna membro)
       *[none] nada a fazer
    }{ $reason ->
        [none] .
       *[other] {""}; { room-why }
    }
room-affiliation = { $affiliation ->
        [owner] proprietário
        [admin] administrador
        [member] membro
        [none] sem afiliação
       *[unknown] desconhecida
    }
room-why = { $reason ->
        [not-affiliated] você não tem afiliação lá, então não há nada para levar.
        [unknown] a sala não deixa esta conta ler as listas de membros, então não consegui descobrir sua afiliação (não entro numa sala só para descobrir: todos lá veriam).
        [no-invites] lá os membros não podem convidar e um membro não pode adicionar ninguém, então seus direitos não bastam; os proprietários ou administradores podem adicionar o novo endereço.
        [admin-only-members] um administrador pode dar a condição de membro, mas não a de administrador; só um proprietário pode tornar o novo endereço administrador.
        [open-room] qualquer pessoa pode entrar nessa sala de qualquer forma, e ela não mostra as listas de membros a esta conta.
       *[other] a sala não respondeu ({ $reason }).
    }
move-ask-room-notice = Quer que eu também publique uma mensagem curta nos seus chats em grupo ({ $count ->
        [one] 1 sala
       *[other] { $count } salas
    } onde esta conta pode falar) dizendo que você migrou? Esta conta entra em cada sala por um instante para dizer isso e depois sai.
move-ask-room-request = Em { $count ->
        [one] 1 chat em grupo
       *[other] { $count } chats em grupo
    } seus direitos não bastam para dar o seu lugar ao novo endereço. Quer que eu envie aos proprietários e administradores um pedido curto a partir desta conta?
move-ask-room-request-text = O texto desse pedido, se quiser usar suas próprias palavras (só vale se você disse sim; pule para usar meu texto padrão):
job-progress-rooms = Levando seu novo endereço para os seus chats em grupo ({ $done } de { $total } prontos).
report-rooms-title = { $count ->
        [one] Chats em grupo (1 sala):
       *[other] Chats em grupo ({ $count } salas):
    }
report-room-item = { $room } (você: { room-affiliation }): { $outcome ->
        [granted-owner] o novo endereço agora é proprietário.
        [granted-member] o novo endereço agora é membro.
        [already] o novo endereço já tinha esse lugar.
        [invited] convidei o novo endereço (uma sala só para membros o torna membro).
        [failed] não deu certo (a sala respondeu: { $error }).
        [pending] ainda não feito.
       *[none] nada feito.
    }
report-room-request = { $request ->
        [sent] Pedi { $count ->
            [one] ao proprietário ou administrador
           *[other] aos { $count } proprietários e administradores
        } que tornem o novo endereço { $wanted ->
            [owner] proprietário
            [admin] administrador
           *[member] membro
        }.
        [hidden] Os proprietários e administradores não são visíveis para esta conta, então não pude pedir; por favor, peça você mesmo.
        [declined] Você escolheu não pedir aos proprietários e administradores.
       *[pending] Os proprietários e administradores ainda não foram consultados.
    }
report-room-notice = { $notice ->
        [sent] Sua mensagem dizendo que você migrou foi publicada lá.
        [failed] Sua mensagem dizendo que você migrou não pôde ser publicada (a sala respondeu: { $error }).
        [members-only] Nenhuma mensagem: a sala é só para membros.
        [moderated] Nenhuma mensagem: a sala é moderada e esta conta não tem voz lá.
        [password] Nenhuma mensagem: a sala pede senha.
        [unreachable] Nenhuma mensagem: a sala não respondeu.
       *[pending] Sua mensagem dizendo que você migrou ainda não foi publicada.
    }
room-grant-reason = { $old } migrou para { $target }.
room-request-default = Olá! Estou migrando de { $old } para { $target }. Você poderia tornar { $target } { $wanted ->
        [owner] proprietário
        [admin] administrador
       *[member] membro
    } de { $room }? Os direitos da minha conta antiga não bastam para isso. Obrigado!
room-notice = Migrei para um novo endereço: { $target }. Esta conta ({ $old }) não será mais usada.
