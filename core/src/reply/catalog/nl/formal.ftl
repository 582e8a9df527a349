### caredesk reply catalog: Dutch (nl), formal.
### Tone: courteous "u", greeting "Beste …", closing "Met vriendelijke groet".

acknowledgement =
    Beste { $customer_name },

    Hartelijk dank voor uw bericht. We hebben uw vraag ontvangen en geregistreerd onder ticketnummer { $ticket_id }.

    U ontvangt uiterlijk { DATETIME($reply_by) } een antwoord van ons. Wilt u in de tussentijd nog iets aanvullen? Beantwoord dan gewoon deze e-mail.

out-of-hours =
    Beste { $customer_name },

    Hartelijk dank voor uw bericht. Onze klantenservice is op dit moment gesloten.

    Vanaf { DATETIME($next_open) } zijn we weer bereikbaar en nemen we zo snel mogelijk contact met u op. U hoeft uw bericht niet opnieuw te sturen: we hebben het in goede orde ontvangen.

order-status =
    Beste { $customer_name },

    Goed nieuws: uw bestelling { $order_id } is verzonden met { $carrier }.

    U kunt uw pakket hier volgen:
    { $tracking_url }

    De verwachte bezorgdatum is { DATE($delivery_date) }. Het kan een paar uur duren voordat de track-and-trace-informatie is bijgewerkt.

shipping-delay =
    Beste { $customer_name },

    Helaas heeft uw bestelling { $order_id } vertraging opgelopen: het pakket wordt { $days_late ->
        [one] { $days_late } dag
       *[other] { $days_late } dagen
    } later bezorgd dan gepland. De nieuwe verwachte bezorgdatum is { DATE($delivery_date) }.

    Onze excuses voor het ongemak en dank voor uw geduld. Komt de nieuwe datum u niet goed uit? Beantwoord dan deze e-mail, dan zoeken we samen naar een oplossing.

lost-parcel-investigation =
    Beste { $customer_name },

    Het spijt ons dat uw bestelling { $order_id } nog niet is aangekomen. We hebben { $carrier } gevraagd een onderzoek in te stellen om uw pakket op te sporen.

    Dit onderzoek kan tot { $business_days ->
        [one] { $business_days } werkdag
       *[other] { $business_days } werkdagen
    } duren. Zodra we meer weten, nemen we contact met u op. Wordt het pakket niet gevonden, dan sturen we u een vervangend artikel of betalen we het bedrag terug, net wat u wilt.

delivery-dispute =
    Beste { $customer_name },

    Dank u wel voor uw bericht. Volgens { $carrier } is uw bestelling { $order_id } bezorgd op { DATETIME($delivered_at) }.

    Soms wordt een pakket bij de buren afgegeven, in de brievenbus gedaan of op een beschutte plek bij de voordeur neergezet. Wilt u daar nog even kijken?

    Ondertussen dienen we een claim in bij { $carrier }. Zodra we antwoord hebben, hoort u van ons. Vindt u het pakket intussen terug, laat het ons dan even weten.

return-instructions =
    Beste { $customer_name },

    Zo stuurt u uw bestelling { $order_id } retour.

    Print het retourlabel via deze link:
    { $label_url }

    Verpak de artikelen zorgvuldig, plak het label op het pakket en lever het uiterlijk { DATE($return_by) } in bij de vervoerder. Bewaar het verzendbewijs tot u uw terugbetaling hebt ontvangen.

    We laten het u weten zodra we uw retour hebben ontvangen en gecontroleerd.

return-approved =
    Beste { $customer_name },

    Uw retour voor bestelling { $order_id } is goedgekeurd. We betalen { MONEY($refund_amount) } terug via de betaalmethode waarmee u hebt betaald.

    Afhankelijk van uw bank kan het een paar dagen duren voordat het bedrag op uw rekening staat.

return-rejected =
    Beste { $customer_name },

    Dank u wel voor uw retourverzoek voor bestelling { $order_id }. Helaas kunnen we de retour om de volgende reden niet accepteren:

    { $reason }

    We begrijpen dat dit niet het antwoord is waarop u had gehoopt. Heeft u vragen of aanvullende informatie, zoals foto's? Beantwoord dan deze e-mail, dan bekijken we uw situatie graag opnieuw.

refund-issued =
    Beste { $customer_name },

    We hebben { MONEY($amount) } aan u terugbetaald via { $method }.

    Afhankelijk van uw bank of betaalprovider kan het tot { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } duren voordat het bedrag op uw rekening zichtbaar is.

refund-delayed =
    Beste { $customer_name },

    Het spijt ons dat de terugbetaling van { MONEY($amount) } langer duurt dan verwacht. We verwachten dat het bedrag uiterlijk { DATE($expected_date) } op uw rekening staat.

    Dank voor uw geduld. Is het bedrag dan nog niet binnen? Beantwoord dan deze e-mail, dan zoeken we het direct voor u uit.

cancellation-confirmed =
    Beste { $customer_name },

    Zoals gevraagd hebben we uw bestelling { $order_id } geannuleerd.

    We betalen { MONEY($amount) } terug via de betaalmethode die u hebt gebruikt. Afhankelijk van uw bank kan dit een paar dagen duren.

    We hopen u snel weer als klant te mogen verwelkomen.

cancellation-too-late =
    Beste { $customer_name },

    Dank u wel voor uw bericht. Helaas is uw bestelling { $order_id } al verzonden, waardoor we deze niet meer kunnen annuleren.

    U kunt het pakket bij aflevering gewoon weigeren; het komt dan automatisch bij ons terug. U kunt het ook aannemen en binnen { $return_days ->
        [one] { $return_days } dag
       *[other] { $return_days } dagen
    } na ontvangst retourneren. Zodra we de retour hebben ontvangen, betalen we het bedrag aan u terug.

order-change-received =
    Beste { $customer_name },

    Hartelijk dank voor uw bericht. We hebben uw verzoek ontvangen om bestelling { $order_id } te wijzigen.

    Heeft de bestelling ons magazijn nog niet verlaten, dan voeren we de wijziging door en ontvangt u van ons een bevestiging. Is de bestelling al verzonden, dan nemen we contact met u op om de mogelijkheden toe te lichten.

wrong-or-missing-item =
    Beste { $customer_name },

    { $kind ->
        [wrong] Onze excuses: in plaats van het artikel { $item_name } zat er een ander artikel in uw bestelling { $order_id }. We sturen u het juiste artikel kosteloos toe en mailen u een retourlabel voor het verkeerde artikel.
        [missing] Onze excuses: het artikel { $item_name } ontbrak in uw bestelling { $order_id }. We sturen het zo snel mogelijk kosteloos na.
       *[other] Het spijt ons dat er een probleem is met het artikel { $item_name } uit uw bestelling { $order_id }. We gaan er direct mee aan de slag en laten snel van ons horen.
    }

    Heeft u liever uw geld terug? Beantwoord dan gewoon deze e-mail.

damaged-item =
    Beste { $customer_name },

    Het spijt ons zeer dat het artikel { $item_name } uit uw bestelling { $order_id } beschadigd is aangekomen.

    Zou u ons, als antwoord op deze e-mail, een paar foto's van het beschadigde artikel en de verpakking willen sturen? Dan kunnen we u snel verder helpen.

    Zodra we de foto's hebben, regelen we kosteloos een vervanging of reparatie voor u.

exchange-confirmed =
    Beste { $customer_name },

    Uw omruiling voor bestelling { $order_id } is bevestigd: u ontvangt { $new_item } als vervanging.

    We laten het u weten zodra het nieuwe artikel is verzonden.

payment-failed =
    Beste { $customer_name },

    Helaas is de betaling voor uw bestelling { $order_id } met { $payment_method } niet gelukt. Daarom hebben we uw bestelling nog niet kunnen verwerken.

    Dit kan bijvoorbeeld gebeuren als een kaart verlopen is of een limiet is bereikt. Wilt u uw betaalgegevens controleren en het opnieuw proberen, of een andere betaalmethode kiezen?

    Zodra de betaling is gelukt, verwerken we uw bestelling direct.

duplicate-charge-refunded =
    Beste { $customer_name },

    Onze excuses dat het bedrag twee keer is afgeschreven. We hebben de dubbele betaling van { MONEY($amount) } inmiddels teruggestort.

    Afhankelijk van uw bank of betaalprovider kan het tot { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } duren voordat het bedrag op uw afschrift staat.

invoice-sent =
    Beste { $customer_name },

    In de bijlage vindt u de factuur van uw bestelling { $order_id }. U kunt deze ook altijd downloaden in uw klantaccount.

    Moet er een bedrijfsnaam of btw-nummer op de factuur staan? Beantwoord dan deze e-mail met die gegevens; we sturen u dan een gecorrigeerde factuur.

voucher-resent =
    Beste { $customer_name },

    Zoals gevraagd sturen we u uw vouchercode nogmaals:

    { $voucher_code }

    De code is geldig tot en met { DATE($valid_until) }. U vult hem eenvoudig in bij het afrekenen.

loyalty-points-adjusted =
    Beste { $customer_name },

    We hebben uw puntensaldo gecontroleerd en { $points ->
        [one] { $points } punt
       *[other] { $points } punten
    } op uw klantaccount bijgeschreven.

    Uw nieuwe saldo is { $balance ->
        [one] { $balance } punt
       *[other] { $balance } punten
    }. Hartelijk dank voor uw trouw!

presale-answer =
    Beste { $customer_name },

    Hartelijk dank voor uw interesse in onze producten.

    { $in_stock ->
        [yes] Goed nieuws: het artikel { $product_name } is op voorraad. Bestelt u nu, dan is de levertijd meestal { $delivery_days ->
            [one] { $delivery_days } dag
           *[other] { $delivery_days } dagen
        }.
       *[no] Het artikel { $product_name } is op dit moment helaas niet op voorraad, maar u kunt het wel al bestellen. De levertijd is dan meestal { $delivery_days ->
            [one] { $delivery_days } dag
           *[other] { $delivery_days } dagen
        }.
    }

    Heeft u nog andere vragen over dit product? Dan helpen we u graag.

account-access =
    Beste { $customer_name },

    Via de onderstaande link kunt u een nieuw wachtwoord voor uw klantaccount instellen:

    { $reset_url }

    Om veiligheidsredenen is de link maar beperkte tijd geldig. Lukt het inloggen daarna nog steeds niet? Beantwoord dan gewoon deze e-mail.

privacy-request-received =
    Beste { $customer_name },

    We hebben uw privacyverzoek ontvangen en geregistreerd onder ticketnummer { $ticket_id }.

    We handelen het binnen een maand af, zoals artikel 12, lid 3, van de AVG voorschrijft. Ter bescherming van uw gegevens kunnen we u vragen uw identiteit te bevestigen.

    Een afmelding voor de nieuwsbrief of voor marketingberichten gaat direct in.

feedback-thanks =
    Beste { $customer_name },

    Hartelijk dank voor uw feedback! We lezen elk bericht zorgvuldig en delen het met ons team, want zo kunnen we onze producten en service blijven verbeteren.

    Fijn dat u de tijd heeft genomen om ons te schrijven.

survey-request =
    Beste { $customer_name },

    We hopen dat we u goed hebben kunnen helpen. Heeft u twee minuten om ons te laten weten hoe u onze service heeft ervaren?

    { $survey_url }

    Uw mening helpt ons om beter te worden. Alvast hartelijk dank!

closing = Kunnen we nog iets anders voor u doen, { $customer_name }? Beantwoord dan gewoon deze e-mail; we helpen u graag verder.

signature =
    Met vriendelijke groet,
    { $agent_name }
    Klantenservice { $shop_name }
