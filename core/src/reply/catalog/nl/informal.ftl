### caredesk reply catalog: Dutch (nl), informal.
### Tone: warm, friendly "je", greeting "Hoi …", closing "Groetjes".

acknowledgement =
    Hoi { $customer_name },

    Bedankt voor je bericht! We hebben je vraag ontvangen en geregistreerd onder ticketnummer { $ticket_id }.

    Je hoort uiterlijk { DATETIME($reply_by) } van ons. Wil je nog iets aanvullen? Stuur dan gewoon een reactie op deze mail.

out-of-hours =
    Hoi { $customer_name },

    Bedankt voor je bericht! Onze klantenservice is op dit moment gesloten.

    Vanaf { DATETIME($next_open) } zijn we er weer en reageren we zo snel mogelijk. Je hoeft je bericht niet opnieuw te sturen: het is goed aangekomen.

order-status =
    Hoi { $customer_name },

    Goed nieuws: je bestelling { $order_id } is onderweg met { $carrier }.

    Hier kun je je pakket volgen:
    { $tracking_url }

    De verwachte bezorgdatum is { DATE($delivery_date) }. Het kan een paar uur duren voordat de track-and-trace is bijgewerkt.

shipping-delay =
    Hoi { $customer_name },

    Helaas heeft je bestelling { $order_id } vertraging opgelopen: je pakket komt { $days_late ->
        [one] { $days_late } dag
       *[other] { $days_late } dagen
    } later dan gepland. De nieuwe verwachte bezorgdatum is { DATE($delivery_date) }.

    Sorry voor het ongemak en bedankt voor je geduld! Komt de nieuwe datum je niet goed uit? Reageer dan op deze mail, dan zoeken we samen een oplossing.

lost-parcel-investigation =
    Hoi { $customer_name },

    Wat vervelend dat je bestelling { $order_id } nog niet is aangekomen. We hebben { $carrier } gevraagd een onderzoek te starten om je pakket op te sporen.

    Dat onderzoek kan tot { $business_days ->
        [one] { $business_days } werkdag
       *[other] { $business_days } werkdagen
    } duren. Zodra we iets horen, laten we het je weten. Wordt het pakket niet gevonden, dan sturen we je een nieuw artikel of krijg je je geld terug, wat jij wilt.

delivery-dispute =
    Hoi { $customer_name },

    Bedankt dat je het laat weten. Volgens { $carrier } is je bestelling { $order_id } bezorgd op { DATETIME($delivered_at) }.

    Soms wordt een pakket bij de buren afgegeven, in de brievenbus gedaan of op een beschutte plek bij de voordeur neergezet. Wil je daar nog even kijken?

    Ondertussen dienen we een claim in bij { $carrier } en laten we van ons horen zodra we antwoord hebben. Vind je het pakket intussen terug? Laat het ons dan even weten!

return-instructions =
    Hoi { $customer_name },

    Zo stuur je je bestelling { $order_id } retour.

    Print het retourlabel via deze link:
    { $label_url }

    Verpak de artikelen goed, plak het label op het pakket en lever het uiterlijk { DATE($return_by) } in bij de vervoerder. Bewaar het verzendbewijs tot je je geld terug hebt.

    We laten het je weten zodra je retour bij ons binnen is en gecontroleerd is.

return-approved =
    Hoi { $customer_name },

    Je retour voor bestelling { $order_id } is goedgekeurd. We betalen { MONEY($refund_amount) } terug via de betaalmethode waarmee je hebt betaald.

    Afhankelijk van je bank kan het een paar dagen duren voordat het bedrag op je rekening staat.

return-rejected =
    Hoi { $customer_name },

    Bedankt voor je retourverzoek voor bestelling { $order_id }. Helaas kunnen we de retour om deze reden niet accepteren:

    { $reason }

    We snappen dat dit niet het antwoord is waarop je had gehoopt. Heb je vragen of meer informatie, zoals foto's? Reageer dan op deze mail, dan kijken we er graag nog een keer naar.

refund-issued =
    Hoi { $customer_name },

    We hebben { MONEY($amount) } aan je terugbetaald via { $method }.

    Afhankelijk van je bank of betaalprovider kan het tot { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } duren voordat je het bedrag op je rekening ziet.

refund-delayed =
    Hoi { $customer_name },

    Sorry, de terugbetaling van { MONEY($amount) } duurt langer dan verwacht. We verwachten dat het bedrag uiterlijk { DATE($expected_date) } op je rekening staat.

    Bedankt voor je geduld! Is het bedrag dan nog niet binnen? Reageer dan op deze mail, dan zoeken we het meteen voor je uit.

cancellation-confirmed =
    Hoi { $customer_name },

    Geregeld: we hebben je bestelling { $order_id } geannuleerd.

    We betalen { MONEY($amount) } terug via de betaalmethode die je hebt gebruikt. Afhankelijk van je bank kan dat een paar dagen duren.

    Hopelijk tot snel!

cancellation-too-late =
    Hoi { $customer_name },

    Bedankt voor je bericht. Helaas is je bestelling { $order_id } al verzonden, dus we kunnen hem niet meer annuleren.

    Je kunt het pakket bij aflevering gewoon weigeren; het komt dan automatisch bij ons terug. Je kunt het ook aannemen en binnen { $return_days ->
        [one] { $return_days } dag
       *[other] { $return_days } dagen
    } na ontvangst terugsturen. Zodra je retour bij ons binnen is, krijg je je geld terug.

order-change-received =
    Hoi { $customer_name },

    Bedankt voor je bericht! We hebben je verzoek ontvangen om bestelling { $order_id } te wijzigen.

    Heeft je bestelling ons magazijn nog niet verlaten? Dan passen we hem aan en krijg je een bevestiging van ons. Is hij al verzonden, dan laten we je weten welke mogelijkheden je hebt.

wrong-or-missing-item =
    Hoi { $customer_name },

    { $kind ->
        [wrong] Sorry! In plaats van het artikel { $item_name } zat er een ander artikel in je bestelling { $order_id }. We sturen je het juiste artikel gratis toe en mailen je een retourlabel voor het verkeerde.
        [missing] Sorry! Het artikel { $item_name } ontbrak in je bestelling { $order_id }. We sturen het zo snel mogelijk gratis na.
       *[other] Vervelend dat er iets mis is met het artikel { $item_name } uit je bestelling { $order_id }. We gaan er meteen mee aan de slag en laten snel van ons horen.
    }

    Heb je liever je geld terug? Reageer dan gewoon op deze mail.

damaged-item =
    Hoi { $customer_name },

    Wat vervelend dat het artikel { $item_name } uit je bestelling { $order_id } beschadigd is aangekomen!

    Wil je ons, als reactie op deze mail, een paar foto's sturen van het beschadigde artikel en de verpakking? Dan kunnen we je snel helpen.

    Zodra we de foto's hebben, regelen we gratis een vervanging of reparatie voor je.

exchange-confirmed =
    Hoi { $customer_name },

    Je omruiling voor bestelling { $order_id } is bevestigd: je krijgt { $new_item } als vervanging.

    We laten het je weten zodra het nieuwe artikel onderweg is.

payment-failed =
    Hoi { $customer_name },

    Helaas is de betaling voor je bestelling { $order_id } met { $payment_method } niet gelukt. Daarom hebben we je bestelling nog niet kunnen verwerken.

    Dat kan bijvoorbeeld gebeuren als een kaart verlopen is of een limiet is bereikt. Check je betaalgegevens en probeer het opnieuw, of kies een andere betaalmethode.

    Zodra de betaling gelukt is, gaan we direct met je bestelling aan de slag.

duplicate-charge-refunded =
    Hoi { $customer_name },

    Sorry dat het bedrag twee keer is afgeschreven! We hebben de dubbele betaling van { MONEY($amount) } al teruggestort.

    Afhankelijk van je bank of betaalprovider kan het tot { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } duren voordat het bedrag op je afschrift staat.

invoice-sent =
    Hoi { $customer_name },

    In de bijlage vind je de factuur van je bestelling { $order_id }. Je kunt hem ook altijd downloaden in je account.

    Moet er een bedrijfsnaam of btw-nummer op de factuur? Reageer dan met die gegevens op deze mail, dan sturen we je een aangepaste factuur.

voucher-resent =
    Hoi { $customer_name },

    Hier is je vouchercode nog een keer:

    { $voucher_code }

    De code is geldig tot en met { DATE($valid_until) }. Je vult hem gewoon in bij het afrekenen.

loyalty-points-adjusted =
    Hoi { $customer_name },

    We hebben je puntensaldo gecontroleerd en { $points ->
        [one] { $points } punt
       *[other] { $points } punten
    } op je account bijgeschreven.

    Je nieuwe saldo is { $balance ->
        [one] { $balance } punt
       *[other] { $balance } punten
    }. Bedankt dat je klant bij ons bent!

presale-answer =
    Hoi { $customer_name },

    Leuk dat je interesse hebt in onze producten!

    { $in_stock ->
        [yes] Goed nieuws: het artikel { $product_name } is op voorraad. Bestel je nu, dan is de levertijd meestal { $delivery_days ->
            [one] { $delivery_days } dag
           *[other] { $delivery_days } dagen
        }.
       *[no] Het artikel { $product_name } is op dit moment helaas niet op voorraad, maar je kunt het wel al bestellen. De levertijd is dan meestal { $delivery_days ->
            [one] { $delivery_days } dag
           *[other] { $delivery_days } dagen
        }.
    }

    Heb je nog andere vragen over dit product? Dan helpen we je graag.

account-access =
    Hoi { $customer_name },

    Via deze link kun je een nieuw wachtwoord voor je account instellen:

    { $reset_url }

    Om veiligheidsredenen is de link maar beperkte tijd geldig. Lukt inloggen daarna nog steeds niet? Reageer dan gewoon op deze mail.

privacy-request-received =
    Hoi { $customer_name },

    We hebben je privacyverzoek ontvangen en geregistreerd onder ticketnummer { $ticket_id }.

    We handelen het binnen een maand af, zoals artikel 12, lid 3, van de AVG voorschrijft. Om je gegevens te beschermen, kunnen we je vragen je identiteit te bevestigen.

    Afmelden voor de nieuwsbrief of marketingberichten gaat direct in.

feedback-thanks =
    Hoi { $customer_name },

    Superbedankt voor je feedback! We lezen elk bericht zorgvuldig en delen het met het hele team, want zo kunnen we onze producten en service steeds beter maken.

    Fijn dat je de tijd hebt genomen om ons te schrijven!

survey-request =
    Hoi { $customer_name },

    We hopen dat we je goed hebben geholpen! Heb je twee minuutjes om ons te laten weten hoe je onze service vond?

    { $survey_url }

    Jouw mening helpt ons om beter te worden. Alvast bedankt!

closing = Kunnen we nog ergens anders mee helpen, { $customer_name }? Reageer dan gewoon op deze mail.

signature =
    Groetjes,
    { $agent_name }
    Team { $shop_name }
