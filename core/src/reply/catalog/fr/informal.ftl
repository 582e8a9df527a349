### caredesk reply catalog: French (fr), informal.
### Tone: warm, friendly "tu", greeting "Bonjour … !".
### No-break spaces before : ; ! ? follow French typography.
### Wording avoids adjectives and participles that would reveal the customer's gender.

acknowledgement =
    Bonjour { $customer_name } !

    Merci pour ton message ! Ta demande est bien enregistrée sous le numéro { $ticket_id }.

    On te répond au plus tard le { DATETIME($reply_by) }. Si tu veux ajouter quelque chose d'ici là, réponds simplement à cet e-mail.

out-of-hours =
    Bonjour { $customer_name } !

    Merci pour ton message ! Notre service client est fermé pour le moment.

    On revient le { DATETIME($next_open) } et on te répond dès que possible. Pas besoin de nous renvoyer ton message : on l'a bien reçu.

order-status =
    Bonjour { $customer_name } !

    Bonne nouvelle : ta commande { $order_id } est en route avec { $carrier }.

    Tu peux suivre ton colis ici :
    { $tracking_url }

    La livraison est prévue le { DATE($delivery_date) }. Le suivi peut mettre quelques heures à s'actualiser.

shipping-delay =
    Bonjour { $customer_name } !

    Mauvaise nouvelle, malheureusement : ta commande { $order_id } aura { $days_late ->
        [one] { $days_late } jour
       *[other] { $days_late } jours
    } de retard. La nouvelle date de livraison prévue est le { DATE($delivery_date) }.

    Désolés pour ce contretemps, et merci pour ta patience ! Si cette date ne te convient pas, réponds à cet e-mail et on trouvera une solution ensemble.

lost-parcel-investigation =
    Bonjour { $customer_name } !

    Désolés que ta commande { $order_id } ne soit pas encore arrivée. On a ouvert une enquête auprès de { $carrier } pour retrouver ton colis.

    L'enquête peut prendre jusqu'à { $business_days ->
        [one] { $business_days } jour ouvré
       *[other] { $business_days } jours ouvrés
    }. On revient vers toi dès qu'on a des nouvelles. Si le colis reste introuvable, on t'envoie un article de remplacement ou on te rembourse, comme tu préfères.

delivery-dispute =
    Bonjour { $customer_name } !

    Merci de nous avoir prévenus. D'après { $carrier }, ta commande { $order_id } a été livrée le { DATETIME($delivered_at) }.

    Il arrive que les colis soient remis à un voisin, déposés dans la boîte aux lettres ou laissés dans un coin abrité près de l'entrée. Tu peux jeter un œil ?

    De notre côté, on ouvre une réclamation auprès de { $carrier } et on te tient au courant dès qu'on a leur réponse. Si tu retrouves le colis entre-temps, fais-nous signe !

return-instructions =
    Bonjour { $customer_name } !

    Voici comment retourner ta commande { $order_id }.

    Imprime l'étiquette de retour depuis ce lien :
    { $label_url }

    Emballe bien les articles, colle l'étiquette sur le colis et remets-le au transporteur au plus tard le { DATE($return_by) }. Garde la preuve de dépôt jusqu'à ce que tu reçoives ton remboursement.

    On te prévient dès que ton retour est arrivé et a été vérifié.

return-approved =
    Bonjour { $customer_name } !

    Ton retour pour la commande { $order_id } est accepté. On te rembourse { MONEY($refund_amount) } sur le moyen de paiement utilisé pour ton achat.

    Selon ta banque, le montant peut mettre quelques jours à apparaître sur ton compte.

return-rejected =
    Bonjour { $customer_name } !

    Merci pour ta demande de retour concernant la commande { $order_id }. Malheureusement, on ne peut pas accepter ce retour pour la raison suivante :

    { $reason }

    On comprend que ce ne soit pas la réponse que tu espérais. Si tu as des questions ou d'autres éléments, des photos par exemple, réponds à cet e-mail : on réexaminera ta demande avec plaisir.

refund-issued =
    Bonjour { $customer_name } !

    C'est fait : on t'a remboursé { MONEY($amount) } via { $method }.

    Selon ta banque ou ton prestataire de paiement, il peut falloir jusqu'à { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } pour que le montant apparaisse sur ton compte.

refund-delayed =
    Bonjour { $customer_name } !

    Désolés : le remboursement de { MONEY($amount) } prend plus de temps que prévu. Il devrait être effectué d'ici le { DATE($expected_date) }.

    Merci pour ta patience ! Si tu n'as toujours rien reçu à cette date, réponds à cet e-mail et on vérifie tout de suite.

cancellation-confirmed =
    Bonjour { $customer_name } !

    C'est noté : ta commande { $order_id } est annulée.

    On te rembourse { MONEY($amount) } sur le moyen de paiement utilisé pour la commande. Selon ta banque, cela peut prendre quelques jours.

    À très bientôt, on l'espère !

cancellation-too-late =
    Bonjour { $customer_name } !

    Merci pour ton message. Malheureusement, ta commande { $order_id } est déjà partie, on ne peut donc plus l'annuler.

    Tu peux tout simplement refuser le colis à la livraison : il nous reviendra automatiquement. Tu peux aussi l'accepter et nous le renvoyer dans un délai de { $return_days ->
        [one] { $return_days } jour
       *[other] { $return_days } jours
    } après réception. On te rembourse dès que le retour nous est parvenu.

order-change-received =
    Bonjour { $customer_name } !

    Merci pour ton message ! On a bien reçu ta demande de modification de la commande { $order_id }.

    Si la commande n'a pas encore quitté notre entrepôt, on fait la modification et on t'envoie une confirmation. Si elle est déjà partie, on revient vers toi pour te présenter les solutions possibles.

wrong-or-missing-item =
    Bonjour { $customer_name } !

    { $kind ->
        [wrong] Désolés : à la place de l'article { $item_name }, ta commande { $order_id } contenait un autre article. On t'envoie gratuitement le bon article, et une étiquette par e-mail pour nous retourner celui qui n'est pas le bon.
        [missing] Désolés : l'article { $item_name } manquait dans ta commande { $order_id }. On te l'envoie au plus vite, sans frais supplémentaires.
       *[other] Désolés qu'il y ait un souci avec l'article { $item_name } de ta commande { $order_id }. On s'en occupe tout de suite et on revient vers toi très vite.
    }

    Si tu préfères un remboursement, réponds simplement à cet e-mail.

damaged-item =
    Bonjour { $customer_name } !

    Vraiment désolés que l'article { $item_name } de ta commande { $order_id } soit arrivé abîmé.

    Pour qu'on puisse t'aider rapidement, tu peux nous envoyer en réponse à cet e-mail quelques photos de l'article abîmé et de son emballage ?

    Dès qu'on a les photos, on organise un remplacement ou une réparation, sans aucun frais pour toi.

exchange-confirmed =
    Bonjour { $customer_name } !

    Ton échange pour la commande { $order_id } est confirmé : tu vas recevoir { $new_item } en remplacement.

    On t'envoie un e-mail dès que le nouvel article est parti.

payment-failed =
    Bonjour { $customer_name } !

    Le paiement de ta commande { $order_id } par { $payment_method } n'a malheureusement pas abouti, on n'a donc pas encore pu traiter ta commande.

    Ça peut arriver, par exemple, si une carte a expiré ou si un plafond est atteint. Vérifie tes informations de paiement et réessaie, ou choisis un autre moyen de paiement.

    Dès que le paiement est validé, on s'occupe de ta commande.

duplicate-charge-refunded =
    Bonjour { $customer_name } !

    Désolés pour ce double prélèvement ! On a déjà remboursé le paiement en double de { MONEY($amount) }.

    Selon ta banque ou ton prestataire de paiement, il peut falloir jusqu'à { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } pour que le montant apparaisse sur ton relevé.

invoice-sent =
    Bonjour { $customer_name } !

    Tu trouveras ci-joint la facture de ta commande { $order_id }. Elle est aussi disponible à tout moment dans ton espace client.

    Si la facture doit mentionner une raison sociale ou un numéro de TVA, indique-les-nous simplement en répondant à cet e-mail : on t'enverra une facture rectificative.

voucher-resent =
    Bonjour { $customer_name } !

    Comme demandé, voici à nouveau le code de ton bon d'achat :

    { $voucher_code }

    Il est valable jusqu'au { DATE($valid_until) }. Il te suffit de le saisir au moment de valider ta commande.

loyalty-points-adjusted =
    Bonjour { $customer_name } !

    On a vérifié ton solde de points et crédité { $points ->
        [one] { $points } point
       *[other] { $points } points
    } sur ton compte client.

    Ton nouveau solde est de { $balance ->
        [one] { $balance } point
       *[other] { $balance } points
    }. Merci pour ta fidélité !

presale-answer =
    Bonjour { $customer_name } !

    Merci de t'intéresser à nos produits !

    { $in_stock ->
        [yes] Bonne nouvelle : l'article { $product_name } est en stock. Si tu commandes maintenant, la livraison prend en général { $delivery_days ->
            [one] { $delivery_days } jour
           *[other] { $delivery_days } jours
        }.
       *[no] L'article { $product_name } est malheureusement en rupture de stock pour le moment, mais tu peux quand même le commander. La livraison prend alors en général { $delivery_days ->
            [one] { $delivery_days } jour
           *[other] { $delivery_days } jours
        }.
    }

    Si tu as d'autres questions sur ce produit, on est là pour t'aider.

account-access =
    Bonjour { $customer_name } !

    Tu peux choisir un nouveau mot de passe pour ton compte via ce lien :

    { $reset_url }

    Pour des raisons de sécurité, ce lien n'est valable que pendant une durée limitée. Si tu n'arrives toujours pas à te connecter, réponds simplement à cet e-mail.

privacy-request-received =
    Bonjour { $customer_name } !

    On a bien reçu ta demande concernant la protection de tes données personnelles, enregistrée sous le numéro { $ticket_id }.

    On la traite dans un délai d'un mois, comme le prévoit l'article 12, paragraphe 3, du RGPD. Pour protéger tes données, on pourra te demander de confirmer ton identité.

    Une demande de désinscription de la newsletter ou des messages promotionnels prend effet immédiatement.

feedback-thanks =
    Bonjour { $customer_name } !

    Merci beaucoup pour ton retour ! On lit chaque message avec attention et on le partage avec toute l'équipe : ça nous aide à améliorer nos produits et notre service.

    Ça nous fait vraiment plaisir que tu aies pris le temps de nous écrire.

survey-request =
    Bonjour { $customer_name } !

    On espère avoir pu t'aider. Tu aurais deux minutes pour nous dire ce que tu as pensé de notre service ?

    { $survey_url }

    Ton avis nous aide à nous améliorer. Merci !

closing = Est-ce qu'on peut faire autre chose pour toi, { $customer_name } ? Réponds simplement à cet e-mail, on est là pour t'aider.

signature =
    À bientôt,
    { $agent_name }
    L'équipe { $shop_name }
