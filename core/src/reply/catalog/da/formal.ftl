### caredesk reply catalog: Danish (da), formal.
### Tone: polite, reserved "du" ("De" is archaic in Danish customer service),
### greeting "Kære …,", closing "Med venlig hilsen".

acknowledgement =
    Kære { $customer_name },

    Tak for din henvendelse. Vi har modtaget din besked og registreret den under sagsnummer { $ticket_id }.

    Du får svar fra os senest { DATETIME($reply_by) }. Hvis du vil tilføje noget i mellemtiden, kan du blot svare på denne e-mail.

out-of-hours =
    Kære { $customer_name },

    Tak for din henvendelse. Vores kundeservice har lukket i øjeblikket.

    Vi åbner igen den { DATETIME($next_open) } og vender tilbage til dig hurtigst muligt. Du behøver ikke at sende din besked igen, da vi allerede har modtaget den.

order-status =
    Kære { $customer_name },

    Din ordre { $order_id } er nu afsendt med { $carrier }.

    Du kan følge pakken her:
    { $tracking_url }

    Den forventede leveringsdato er { DATE($delivery_date) }. Bemærk, at det kan tage et par timer, før sporingsoplysningerne bliver opdateret.

shipping-delay =
    Kære { $customer_name },

    Vi må desværre meddele, at leveringen af din ordre { $order_id } bliver forsinket med { $days_late ->
        [one] { $days_late } dag
       *[other] { $days_late } dage
    }. Den nye forventede leveringsdato er { DATE($delivery_date) }.

    Vi beklager ulejligheden og takker for din tålmodighed. Hvis den nye dato ikke passer dig, er du velkommen til at svare på denne e-mail, så finder vi en løsning sammen.

lost-parcel-investigation =
    Kære { $customer_name },

    Vi beklager, at din ordre { $order_id } endnu ikke er kommet frem. Vi har bedt { $carrier } om at undersøge, hvor pakken befinder sig.

    Undersøgelsen kan tage op til { $business_days ->
        [one] { $business_days } hverdag
       *[other] { $business_days } hverdage
    }. Vi vender tilbage, så snart vi har fået svar. Hvis pakken ikke bliver fundet, sender vi en erstatningsvare eller refunderer beløbet, alt efter hvad du foretrækker.

delivery-dispute =
    Kære { $customer_name },

    Tak for din besked. Ifølge { $carrier } blev din ordre { $order_id } leveret den { DATETIME($delivered_at) }.

    Nogle gange bliver pakker afleveret hos en nabo, lagt i postkassen eller stillet et beskyttet sted ved indgangen. Vi vil bede dig om at se efter der.

    Samtidig opretter vi en reklamation hos { $carrier } og vender tilbage, så snart vi har fået svar. Hvis du finder pakken i mellemtiden, vil vi sætte pris på at få besked.

return-instructions =
    Kære { $customer_name },

    Sådan returnerer du din ordre { $order_id }.

    Udskriv returlabelen via dette link:
    { $label_url }

    Pak varerne godt ind, sæt labelen på pakken, og aflever den til fragtfirmaet senest { DATE($return_by) }. Gem kvitteringen, indtil du har modtaget din refundering.

    Vi giver dig besked, når vi har modtaget og kontrolleret din returnering.

return-approved =
    Kære { $customer_name },

    Din returnering af ordre { $order_id } er godkendt. Vi refunderer { MONEY($refund_amount) } til den betalingsmetode, du brugte ved købet.

    Afhængigt af din bank kan der gå et par dage, før beløbet står på din konto.

return-rejected =
    Kære { $customer_name },

    Tak for din anmodning om returnering af ordre { $order_id }. Desværre kan vi ikke godkende returneringen af følgende årsag:

    { $reason }

    Vi forstår godt, at det ikke er det svar, du havde håbet på. Hvis du har spørgsmål eller flere oplysninger, fx billeder, er du velkommen til at svare på denne e-mail, så ser vi gerne på sagen igen.

refund-issued =
    Kære { $customer_name },

    Vi har refunderet { MONEY($amount) } via { $method }.

    Afhængigt af din bank eller betalingsudbyder kan der gå op til { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    }, før beløbet kan ses på din konto.

refund-delayed =
    Kære { $customer_name },

    Vi beklager, at refunderingen af { MONEY($amount) } tager længere tid end forventet. Vi regner nu med, at den er gennemført senest { DATE($expected_date) }.

    Tak for din tålmodighed. Hvis beløbet ikke er kommet frem til den tid, er du velkommen til at svare på denne e-mail, så undersøger vi det med det samme.

cancellation-confirmed =
    Kære { $customer_name },

    Som ønsket har vi annulleret din ordre { $order_id }.

    Vi refunderer { MONEY($amount) } til den betalingsmetode, du brugte. Afhængigt af din bank kan det tage et par dage.

    Vi håber at se dig igen snart.

cancellation-too-late =
    Kære { $customer_name },

    Tak for din besked. Desværre er din ordre { $order_id } allerede afsendt, så vi kan ikke længere annullere den.

    Du kan blot nægte at modtage pakken, så bliver den automatisk sendt retur til os. Du kan også tage imod den og returnere den inden for { $return_days ->
        [one] { $return_days } dag
       *[other] { $return_days } dage
    } efter modtagelsen. Når vi har modtaget returneringen, refunderer vi beløbet.

order-change-received =
    Kære { $customer_name },

    Tak for din henvendelse. Vi har modtaget din anmodning om at ændre ordre { $order_id }.

    Hvis ordren endnu ikke har forladt vores lager, gennemfører vi ændringen og sender dig en bekræftelse. Hvis den allerede er afsendt, kontakter vi dig og forklarer, hvilke muligheder du har.

wrong-or-missing-item =
    Kære { $customer_name },

    { $kind ->
        [wrong] Vi beklager, at din ordre { $order_id } indeholdt en anden vare i stedet for { $item_name }. Vi sender den rigtige vare uden beregning og mailer dig en returlabel til den forkerte vare.
        [missing] Vi beklager, at { $item_name } manglede i din ordre { $order_id }. Vi sender den manglende vare hurtigst muligt uden ekstra omkostninger.
       *[other] Vi beklager, at der er opstået et problem med { $item_name } fra din ordre { $order_id }. Vi tager os af det med det samme og vender tilbage hurtigst muligt.
    }

    Hvis du hellere vil have pengene tilbage, kan du blot svare på denne e-mail.

damaged-item =
    Kære { $customer_name },

    Vi beklager meget, at varen { $item_name } fra din ordre { $order_id } var beskadiget ved leveringen.

    For at vi kan hjælpe dig hurtigt, vil vi bede dig om at svare på denne e-mail med et par billeder af den beskadigede vare og emballagen.

    Så snart vi har modtaget billederne, sørger vi for en erstatningsvare eller en reparation, uden omkostninger for dig.

exchange-confirmed =
    Kære { $customer_name },

    Dit bytte for ordre { $order_id } er bekræftet: Du modtager { $new_item } som erstatning.

    Vi giver dig besked, så snart den nye vare er afsendt.

payment-failed =
    Kære { $customer_name },

    Desværre kunne betalingen for din ordre { $order_id } med { $payment_method } ikke gennemføres, og derfor har vi endnu ikke kunnet behandle ordren.

    Det kan for eksempel skyldes, at et kort er udløbet, eller at en beløbsgrænse er nået. Kontrollér venligst dine betalingsoplysninger, og prøv igen, eller vælg en anden betalingsmetode.

    Så snart betalingen er gået igennem, behandler vi din ordre.

duplicate-charge-refunded =
    Kære { $customer_name },

    Vi beklager, at du er blevet trukket to gange. Vi har nu refunderet den dobbelte betaling på { MONEY($amount) }.

    Afhængigt af din bank eller betalingsudbyder kan der gå op til { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    }, før beløbet fremgår af din kontoudskrift.

invoice-sent =
    Kære { $customer_name },

    Vedhæftet finder du fakturaen for din ordre { $order_id }. Du kan også altid finde den på din kundekonto.

    Hvis fakturaen skal indeholde et firmanavn eller et CVR- eller momsnummer, kan du blot svare på denne e-mail med oplysningerne, så udsteder vi en korrigeret faktura.

voucher-resent =
    Kære { $customer_name },

    Som ønsket sender vi dig din kode igen:

    { $voucher_code }

    Koden er gyldig til og med { DATE($valid_until) }. Du indtaster den blot ved betalingen.

loyalty-points-adjusted =
    Kære { $customer_name },

    Vi har gennemgået din pointsaldo og tilføjet { $points ->
        [one] { $points } point
       *[other] { $points } point
    } til din kundekonto.

    Din nye saldo er { $balance ->
        [one] { $balance } point
       *[other] { $balance } point
    }. Tak, fordi du handler hos os.

presale-answer =
    Kære { $customer_name },

    Tak for din interesse for vores produkter.

    { $in_stock ->
        [yes] Varen { $product_name } er på lager. Hvis du bestiller nu, tager leveringen normalt { $delivery_days ->
            [one] { $delivery_days } dag
           *[other] { $delivery_days } dage
        }.
       *[no] Varen { $product_name } er desværre ikke på lager i øjeblikket, men du kan stadig bestille den. Leveringen tager så normalt { $delivery_days ->
            [one] { $delivery_days } dag
           *[other] { $delivery_days } dage
        }.
    }

    Hvis du har flere spørgsmål om produktet, hjælper vi gerne.

account-access =
    Kære { $customer_name },

    Via linket nedenfor kan du vælge en ny adgangskode til din kundekonto:

    { $reset_url }

    Af sikkerhedshensyn er linket kun gyldigt i begrænset tid. Hvis du stadig ikke kan logge ind, er du velkommen til at svare på denne e-mail.

privacy-request-received =
    Kære { $customer_name },

    Vi har modtaget din henvendelse om databeskyttelse og registreret den under sagsnummer { $ticket_id }.

    Vi behandler den inden for en måned, som databeskyttelsesforordningen (GDPR) kræver i artikel 12, stk. 3. For at beskytte dine oplysninger kan vi bede dig om at bekræfte din identitet.

    En afmelding af nyhedsbrevet eller markedsføring træder i kraft med det samme.

feedback-thanks =
    Kære { $customer_name },

    Mange tak for din feedback. Vi læser alle beskeder grundigt og deler dem med vores team, for det hjælper os med at forbedre vores produkter og vores service.

    Vi sætter stor pris på, at du tog dig tid til at skrive til os.

survey-request =
    Kære { $customer_name },

    Vi håber, at vi kunne hjælpe dig. Har du to minutter til at fortælle os, hvad du syntes om vores service?

    { $survey_url }

    Din vurdering hjælper os med at blive bedre. På forhånd tak.

closing = Er der andet, vi kan hjælpe dig med, { $customer_name }? Du er velkommen til at svare på denne e-mail.

signature =
    Med venlig hilsen
    { $agent_name }
    Kundeservice, { $shop_name }
