### caredesk reply catalog: French (fr), formal.
### Tone: courteous "vous", greeting "Bonjour …".
### No-break spaces before : ; ! ? follow French typography.
### Wording avoids adjectives and participles that would reveal the customer's gender.

acknowledgement =
    Bonjour { $customer_name },

    Merci pour votre message. Votre demande a bien été enregistrée sous le numéro { $ticket_id }.

    Nous vous répondrons au plus tard le { DATETIME($reply_by) }. Si vous souhaitez ajouter une information d'ici là, il vous suffit de répondre à cet e-mail.

out-of-hours =
    Bonjour { $customer_name },

    Merci pour votre message. Notre service client est actuellement fermé.

    Nous serons de retour le { DATETIME($next_open) } et vous répondrons dans les meilleurs délais. Inutile de nous renvoyer votre message : nous l'avons bien reçu.

order-status =
    Bonjour { $customer_name },

    Bonne nouvelle : votre commande { $order_id } a été expédiée par { $carrier }.

    Vous pouvez suivre votre colis ici :
    { $tracking_url }

    La livraison est prévue le { DATE($delivery_date) }. Les informations de suivi peuvent mettre quelques heures à s'actualiser.

shipping-delay =
    Bonjour { $customer_name },

    Nous sommes au regret de vous informer que la livraison de votre commande { $order_id } aura { $days_late ->
        [one] { $days_late } jour
       *[other] { $days_late } jours
    } de retard. La nouvelle date de livraison prévue est le { DATE($delivery_date) }.

    Nous vous prions de nous excuser pour ce contretemps et vous remercions de votre patience. Si cette nouvelle date ne vous convient pas, répondez simplement à cet e-mail : nous trouverons ensemble une solution.

lost-parcel-investigation =
    Bonjour { $customer_name },

    Nous sommes désolés que votre commande { $order_id } ne soit pas encore arrivée. Nous avons ouvert une enquête auprès de { $carrier } afin de localiser votre colis.

    L'enquête peut prendre jusqu'à { $business_days ->
        [one] { $business_days } jour ouvré
       *[other] { $business_days } jours ouvrés
    }. Nous reviendrons vers vous dès que nous aurons une réponse. Si le colis reste introuvable, nous vous enverrons un article de remplacement ou vous rembourserons, selon votre préférence.

delivery-dispute =
    Bonjour { $customer_name },

    Merci de nous avoir prévenus. Selon { $carrier }, votre commande { $order_id } a été livrée le { DATETIME($delivered_at) }.

    Il arrive que les colis soient remis à un voisin, déposés dans la boîte aux lettres ou laissés dans un endroit abrité près de l'entrée. Pourriez-vous vérifier ces endroits ?

    De notre côté, nous ouvrons une réclamation auprès de { $carrier } et reviendrons vers vous dès que nous aurons leur réponse. Si vous retrouvez le colis entre-temps, merci de nous le signaler.

return-instructions =
    Bonjour { $customer_name },

    Voici comment retourner votre commande { $order_id }.

    Veuillez imprimer l'étiquette de retour à partir de ce lien :
    { $label_url }

    Emballez soigneusement les articles, collez l'étiquette sur le colis et remettez-le au transporteur au plus tard le { DATE($return_by) }. Conservez la preuve de dépôt jusqu'à réception de votre remboursement.

    Nous vous informerons dès que votre retour aura été reçu et vérifié.

return-approved =
    Bonjour { $customer_name },

    Votre retour pour la commande { $order_id } a été accepté. Nous allons vous rembourser { MONEY($refund_amount) } sur le moyen de paiement utilisé lors de votre achat.

    Selon votre banque, le montant peut mettre quelques jours à apparaître sur votre compte.

return-rejected =
    Bonjour { $customer_name },

    Merci pour votre demande de retour concernant la commande { $order_id }. Malheureusement, nous ne pouvons pas accepter ce retour pour la raison suivante :

    { $reason }

    Nous comprenons que cette réponse puisse vous décevoir. Si vous avez des questions ou des éléments complémentaires, des photos par exemple, répondez simplement à cet e-mail : nous réexaminerons volontiers votre demande.

refund-issued =
    Bonjour { $customer_name },

    Nous avons effectué le remboursement de { MONEY($amount) } via { $method }.

    Selon votre banque ou votre prestataire de paiement, il peut falloir jusqu'à { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } pour que le montant apparaisse sur votre compte.

refund-delayed =
    Bonjour { $customer_name },

    Nous sommes désolés : le remboursement de { MONEY($amount) } prend plus de temps que prévu. Il devrait être effectué d'ici le { DATE($expected_date) }.

    Merci pour votre patience. Si le montant ne vous est toujours pas parvenu à cette date, répondez simplement à cet e-mail et nous vérifierons immédiatement.

cancellation-confirmed =
    Bonjour { $customer_name },

    Comme demandé, nous avons annulé votre commande { $order_id }.

    Nous allons vous rembourser { MONEY($amount) } sur le moyen de paiement utilisé lors de la commande. Selon votre banque, cela peut prendre quelques jours.

    Nous espérons vous revoir très bientôt.

cancellation-too-late =
    Bonjour { $customer_name },

    Merci pour votre message. Malheureusement, votre commande { $order_id } a déjà été expédiée et ne peut plus être annulée.

    Vous pouvez simplement refuser le colis à la livraison : il nous sera automatiquement retourné. Vous pouvez aussi l'accepter et nous le renvoyer dans un délai de { $return_days ->
        [one] { $return_days } jour
       *[other] { $return_days } jours
    } après réception. Nous vous rembourserons dès que le retour nous sera parvenu.

order-change-received =
    Bonjour { $customer_name },

    Merci pour votre message. Nous avons bien reçu votre demande de modification de la commande { $order_id }.

    Si la commande n'a pas encore quitté notre entrepôt, nous effectuerons la modification et vous enverrons une confirmation. Si elle a déjà été expédiée, nous reviendrons vers vous pour vous présenter les solutions possibles.

wrong-or-missing-item =
    Bonjour { $customer_name },

    { $kind ->
        [wrong] Nous sommes désolés : à la place de l'article { $item_name }, votre commande { $order_id } contenait un autre article. Nous vous envoyons sans frais le bon article ainsi qu'une étiquette par e-mail pour nous retourner l'article erroné.
        [missing] Nous sommes désolés : l'article { $item_name } manquait dans votre commande { $order_id }. Nous vous l'envoyons au plus vite, sans frais supplémentaires.
       *[other] Nous sommes désolés qu'il y ait un problème avec l'article { $item_name } de votre commande { $order_id }. Nous nous en occupons dès maintenant et revenons vers vous très rapidement.
    }

    Si vous préférez un remboursement, il vous suffit de répondre à cet e-mail.

damaged-item =
    Bonjour { $customer_name },

    Nous sommes vraiment désolés que l'article { $item_name } de votre commande { $order_id } soit arrivé endommagé.

    Afin de traiter votre demande rapidement, pourriez-vous nous envoyer en réponse à cet e-mail quelques photos de l'article endommagé et de son emballage ?

    Dès réception des photos, nous organiserons un remplacement ou une réparation, sans frais pour vous.

exchange-confirmed =
    Bonjour { $customer_name },

    Votre échange pour la commande { $order_id } est confirmé : vous recevrez { $new_item } en remplacement.

    Nous vous enverrons un e-mail dès que le nouvel article aura été expédié.

payment-failed =
    Bonjour { $customer_name },

    Malheureusement, le paiement de votre commande { $order_id } par { $payment_method } n'a pas abouti. Nous n'avons donc pas encore pu traiter votre commande.

    Cela peut arriver, par exemple, si une carte a expiré ou si un plafond de paiement est atteint. Nous vous invitons à vérifier vos informations de paiement et à réessayer, ou à choisir un autre moyen de paiement.

    Dès que le paiement sera validé, nous traiterons votre commande.

duplicate-charge-refunded =
    Bonjour { $customer_name },

    Nous sommes désolés pour ce double prélèvement. Nous avons déjà remboursé le paiement en double de { MONEY($amount) }.

    Selon votre banque ou votre prestataire de paiement, il peut falloir jusqu'à { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } pour que le montant apparaisse sur votre relevé.

invoice-sent =
    Bonjour { $customer_name },

    Vous trouverez ci-joint la facture de votre commande { $order_id }. Elle est également disponible à tout moment dans votre espace client.

    Si la facture doit mentionner une raison sociale ou un numéro de TVA intracommunautaire, il vous suffit de nous les indiquer en répondant à cet e-mail : nous vous enverrons une facture rectificative.

voucher-resent =
    Bonjour { $customer_name },

    Comme demandé, voici à nouveau le code de votre bon d'achat :

    { $voucher_code }

    Il est valable jusqu'au { DATE($valid_until) }. Il vous suffit de le saisir lors de la validation de votre commande.

loyalty-points-adjusted =
    Bonjour { $customer_name },

    Nous avons vérifié votre solde de points et crédité { $points ->
        [one] { $points } point
       *[other] { $points } points
    } sur votre compte client.

    Votre nouveau solde est de { $balance ->
        [one] { $balance } point
       *[other] { $balance } points
    }. Merci pour votre fidélité !

presale-answer =
    Bonjour { $customer_name },

    Merci de l'intérêt que vous portez à nos produits.

    { $in_stock ->
        [yes] Bonne nouvelle : l'article { $product_name } est en stock. Si vous passez commande maintenant, la livraison prend généralement { $delivery_days ->
            [one] { $delivery_days } jour
           *[other] { $delivery_days } jours
        }.
       *[no] L'article { $product_name } est malheureusement en rupture de stock pour le moment, mais vous pouvez tout de même le commander. La livraison prend alors généralement { $delivery_days ->
            [one] { $delivery_days } jour
           *[other] { $delivery_days } jours
        }.
    }

    Nous restons à votre disposition pour toute autre question sur ce produit.

account-access =
    Bonjour { $customer_name },

    Vous pouvez définir un nouveau mot de passe pour votre compte client via ce lien :

    { $reset_url }

    Pour des raisons de sécurité, ce lien n'est valable que pendant une durée limitée. Si vous rencontrez encore des difficultés pour vous connecter, répondez simplement à cet e-mail.

privacy-request-received =
    Bonjour { $customer_name },

    Nous avons bien reçu votre demande relative à la protection de vos données personnelles et l'avons enregistrée sous le numéro { $ticket_id }.

    Nous la traiterons dans un délai d'un mois, conformément à l'article 12, paragraphe 3, du RGPD. Afin de protéger vos données, nous pourrons vous demander de confirmer votre identité.

    Toute demande de désinscription de la newsletter ou des communications commerciales prend effet immédiatement.

feedback-thanks =
    Bonjour { $customer_name },

    Merci beaucoup pour votre retour ! Nous lisons chaque message avec attention et le partageons avec notre équipe : cela nous aide à améliorer nos produits et notre service.

    Nous vous remercions d'avoir pris le temps de nous écrire.

survey-request =
    Bonjour { $customer_name },

    Nous espérons avoir pu vous aider. Auriez-vous deux minutes pour nous dire ce que vous avez pensé de notre service ?

    { $survey_url }

    Votre avis nous aide à nous améliorer. Merci !

closing = Pouvons-nous faire autre chose pour vous, { $customer_name } ? Il vous suffit de répondre à cet e-mail, nous serons ravis de vous aider.

signature =
    Cordialement,
    { $agent_name }
    Service client { $shop_name }
