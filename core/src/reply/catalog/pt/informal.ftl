### caredesk reply catalog: Portuguese (pt, European Portuguese), informal.
### Tone: warm, friendly "tu" ("a tua encomenda", "podes"), greeting "Olá, …!".
### Wording avoids adjectives, pronouns and participles that would reveal the customer's gender.

acknowledgement =
    Olá, { $customer_name }!

    Obrigado por nos escreveres. Recebemos a tua mensagem e registámo-la com a referência { $ticket_id }.

    Vamos responder-te até { DATETIME($reply_by) }. Se quiseres acrescentar alguma coisa entretanto, basta responderes a este e-mail.

out-of-hours =
    Olá, { $customer_name }!

    Obrigado pela tua mensagem. Neste momento, o nosso apoio ao cliente está fechado.

    Voltamos a { DATETIME($next_open) } e respondemos-te o mais depressa possível. Não precisas de enviar a mensagem outra vez: já a recebemos.

order-status =
    Olá, { $customer_name }!

    Boas notícias: a tua encomenda { $order_id } já está a caminho com a transportadora { $carrier }.

    Podes acompanhar o envio aqui:
    { $tracking_url }

    A entrega está prevista para { DATE($delivery_date) }. O seguimento pode demorar algumas horas a ser atualizado.

shipping-delay =
    Olá, { $customer_name }!

    Temos más notícias: a tua encomenda { $order_id } vai chegar com { $days_late ->
        [one] { $days_late } dia
       *[other] { $days_late } dias
    } de atraso. A nova data de entrega prevista é { DATE($delivery_date) }.

    Desculpa o incómodo e obrigado pela paciência! Se a nova data não te der jeito, responde a este e-mail e encontramos uma solução juntos.

lost-parcel-investigation =
    Olá, { $customer_name }!

    Lamentamos que a tua encomenda { $order_id } ainda não tenha chegado. Abrimos uma investigação junto da transportadora { $carrier } para encontrar a encomenda.

    A investigação pode demorar até { $business_days ->
        [one] { $business_days } dia útil
       *[other] { $business_days } dias úteis
    }. Damos-te notícias assim que soubermos alguma coisa. Se a encomenda não aparecer, enviamos-te um artigo novo ou devolvemos-te o dinheiro, como preferires.

delivery-dispute =
    Olá, { $customer_name }!

    Obrigado pelo aviso. Segundo a transportadora { $carrier }, a tua encomenda { $order_id } foi entregue a { DATETIME($delivered_at) }.

    Às vezes, as encomendas ficam com um vizinho, na caixa do correio ou num sítio abrigado junto à entrada. Podes dar uma vista de olhos?

    Entretanto, vamos abrir uma reclamação junto da transportadora { $carrier } e damos-te notícias assim que tivermos resposta. Se encontrares a encomenda entretanto, avisa-nos!

return-instructions =
    Olá, { $customer_name }!

    Para devolveres a tua encomenda { $order_id }, é simples.

    Imprime a etiqueta de devolução neste link:
    { $label_url }

    Embala bem os artigos, cola a etiqueta na embalagem e entrega-a à transportadora até { DATE($return_by) }. Guarda o comprovativo de envio até receberes o reembolso.

    Enviamos-te um e-mail assim que a devolução chegar e for verificada.

return-approved =
    Olá, { $customer_name }!

    A devolução da tua encomenda { $order_id } foi aprovada. Vamos devolver-te { MONEY($refund_amount) } através do método de pagamento que usaste na compra.

    Consoante o teu banco, o valor pode demorar alguns dias a aparecer na tua conta.

return-rejected =
    Olá, { $customer_name }!

    Obrigado pelo teu pedido de devolução da encomenda { $order_id }. Infelizmente, não podemos aceitar a devolução por este motivo:

    { $reason }

    Percebemos que não é a resposta que esperavas. Se tiveres dúvidas ou mais informações, como fotografias, responde a este e-mail e voltamos a analisar o teu caso com todo o gosto.

refund-issued =
    Olá, { $customer_name }!

    Já te devolvemos { MONEY($amount) } através de { $method }.

    Consoante o teu banco ou prestador de pagamento, o valor pode demorar até { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } a aparecer na tua conta.

refund-delayed =
    Olá, { $customer_name }!

    Desculpa: o reembolso de { MONEY($amount) } está a demorar mais do que o previsto. Contamos concluí-lo até { DATE($expected_date) }.

    Obrigado pela paciência! Se até lá ainda não tiveres recebido o valor, responde a este e-mail e vemos isso logo.

cancellation-confirmed =
    Olá, { $customer_name }!

    Está feito: cancelámos a tua encomenda { $order_id }, como pediste.

    Vamos devolver-te { MONEY($amount) } através do método de pagamento que usaste. Consoante o teu banco, pode demorar alguns dias.

    Esperamos ver-te em breve!

cancellation-too-late =
    Olá, { $customer_name }!

    Obrigado pela tua mensagem. Infelizmente, a tua encomenda { $order_id } já foi expedida, por isso já não a conseguimos cancelar.

    Podes simplesmente recusar a encomenda quando for entregue e ela volta para nós automaticamente. Também podes aceitá-la e devolvê-la no prazo de { $return_days ->
        [one] { $return_days } dia
       *[other] { $return_days } dias
    } após a receção. Assim que recebermos a devolução, devolvemos-te o dinheiro.

order-change-received =
    Olá, { $customer_name }!

    Obrigado pela tua mensagem. Recebemos o teu pedido de alteração da encomenda { $order_id }.

    Se a encomenda ainda não tiver saído do nosso armazém, fazemos a alteração e enviamos-te uma confirmação. Se já tiver sido expedida, falamos contigo para te explicar as opções que tens.

wrong-or-missing-item =
    Olá, { $customer_name }!

    { $kind ->
        [wrong] Pedimos desculpa: em vez do artigo { $item_name }, a tua encomenda { $order_id } trazia outro artigo. Enviamos-te o artigo certo sem custos e mandamos-te por e-mail uma etiqueta para devolveres o errado.
        [missing] Pedimos desculpa: faltava o artigo { $item_name } na tua encomenda { $order_id }. Enviamos-te o artigo em falta o mais depressa possível, sem custos adicionais.
       *[other] Lamentamos que haja um problema com o artigo { $item_name } da tua encomenda { $order_id }. Já estamos a tratar do assunto e falamos contigo em breve.
    }

    Se preferires o reembolso, basta responderes a este e-mail.

damaged-item =
    Olá, { $customer_name }!

    Lamentamos muito que o artigo { $item_name } da tua encomenda { $order_id } tenha chegado danificado.

    Para resolvermos isto depressa, podes enviar-nos, em resposta a este e-mail, algumas fotografias do artigo danificado e da embalagem?

    Assim que recebermos as fotografias, tratamos da substituição ou da reparação, sem qualquer custo para ti.

exchange-confirmed =
    Olá, { $customer_name }!

    A troca da tua encomenda { $order_id } está confirmada: vais receber { $new_item } como substituição.

    Enviamos-te um e-mail assim que o novo artigo seguir.

payment-failed =
    Olá, { $customer_name }!

    Infelizmente, o pagamento da tua encomenda { $order_id } com { $payment_method } não foi concluído, por isso ainda não conseguimos processá-la.

    Isto pode acontecer, por exemplo, se um cartão tiver expirado ou se um limite tiver sido atingido. Verifica os teus dados de pagamento e tenta outra vez, ou escolhe outro método de pagamento.

    Assim que o pagamento for concluído, tratamos logo da tua encomenda.

duplicate-charge-refunded =
    Olá, { $customer_name }!

    Desculpa a cobrança em duplicado! Já te devolvemos o pagamento duplicado de { MONEY($amount) }.

    Consoante o teu banco ou prestador de pagamento, o valor pode demorar até { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } a aparecer no teu extrato.

invoice-sent =
    Olá, { $customer_name }!

    Enviamos-te em anexo a fatura da tua encomenda { $order_id }. Também a podes descarregar quando quiseres na tua conta.

    Se a fatura tiver de incluir o nome de uma empresa ou um NIF, responde a este e-mail com esses dados e emitimos uma nova fatura com os dados corretos.

voucher-resent =
    Olá, { $customer_name }!

    Aqui está outra vez o código do teu vale:

    { $voucher_code }

    É válido até { DATE($valid_until) }. Basta introduzi-lo ao finalizar a compra.

loyalty-points-adjusted =
    Olá, { $customer_name }!

    Verificámos o teu saldo de pontos e acrescentámos { $points ->
        [one] { $points } ponto
       *[other] { $points } pontos
    } à tua conta.

    O teu saldo é agora de { $balance ->
        [one] { $balance } ponto
       *[other] { $balance } pontos
    }. Obrigado por continuares connosco!

presale-answer =
    Olá, { $customer_name }!

    Obrigado pelo teu interesse nos nossos produtos.

    { $in_stock ->
        [yes] Boas notícias: o artigo { $product_name } está disponível em stock. Se encomendares agora, a entrega demora normalmente { $delivery_days ->
            [one] { $delivery_days } dia
           *[other] { $delivery_days } dias
        }.
       *[no] De momento, o artigo { $product_name } está esgotado, mas podes encomendá-lo na mesma. Nesse caso, a entrega demora normalmente { $delivery_days ->
            [one] { $delivery_days } dia
           *[other] { $delivery_days } dias
        }.
    }

    Se tiveres mais alguma dúvida sobre o produto, estamos aqui para ajudar.

account-access =
    Olá, { $customer_name }!

    Podes definir uma nova palavra-passe para a tua conta neste link:

    { $reset_url }

    Por motivos de segurança, o link só é válido durante pouco tempo. Se continuares sem conseguir entrar, responde a este e-mail.

privacy-request-received =
    Olá, { $customer_name }!

    Recebemos o teu pedido sobre proteção de dados e registámo-lo com a referência { $ticket_id }.

    Vamos tratá-lo no prazo de um mês, como prevê o artigo 12.º, n.º 3, do RGPD. Para proteger os teus dados, podemos pedir-te que confirmes a tua identidade.

    Se quiseres deixar de receber a newsletter ou mensagens de marketing, isso tem efeito imediato.

feedback-thanks =
    Olá, { $customer_name }!

    Muito obrigado pelo teu feedback! Lemos cada mensagem com atenção e partilhamo-la com toda a equipa: ajuda-nos a melhorar os nossos produtos e o nosso serviço.

    Adorámos que tivesses tirado um tempinho para nos escrever.

survey-request =
    Olá, { $customer_name }!

    Esperamos ter ajudado. Tens dois minutos para nos dizeres o que achaste do nosso atendimento?

    { $survey_url }

    A tua opinião ajuda-nos a melhorar. Obrigado!

closing = Podemos ajudar-te em mais alguma coisa, { $customer_name }? Responde a este e-mail e nós tratamos do resto.

signature =
    Até breve,
    { $agent_name }
    Equipa { $shop_name }
