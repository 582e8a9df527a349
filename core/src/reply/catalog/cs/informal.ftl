### caredesk reply catalog: Czech (cs), informal.
### Tone: warm, friendly "ty", greeting "Ahoj …!", closing "Měj se hezky".
### Wording avoids past-tense verb forms that would reveal the customer's gender
### ("dostal/dostala"); names of carriers, products and methods stay in the nominative.
### Plural categories: one, few, many, other (many = fractions, e.g. 1,5 dne).

acknowledgement =
    Ahoj { $customer_name }!

    Díky za zprávu! Tvůj požadavek má číslo { $ticket_id }.

    Odpovíme ti nejpozději do { DATETIME($reply_by) }. Pokud chceš něco doplnit, stačí odpovědět na tenhle e-mail.

out-of-hours =
    Ahoj { $customer_name }!

    Díky za zprávu! Náš zákaznický servis má teď zavřeno.

    Zpátky jsme od { DATETIME($next_open) } a ozveme se ti co nejdřív. Zprávu nemusíš posílat znovu – už ji máme.

order-status =
    Ahoj { $customer_name }!

    Máme dobrou zprávu: tvoje objednávka č. { $order_id } je na cestě. Doručuje ji { $carrier }.

    Zásilku můžeš sledovat tady:
    { $tracking_url }

    Předpokládané datum doručení: { DATE($delivery_date) }. Informace o zásilce se můžou aktualizovat až za pár hodin.

shipping-delay =
    Ahoj { $customer_name }!

    Bohužel se doručení tvojí objednávky č. { $order_id } zpozdí o { $days_late ->
        [one] { $days_late } den
        [few] { $days_late } dny
        [many] { $days_late } dne
       *[other] { $days_late } dní
    }. Nový předpokládaný termín doručení: { DATE($delivery_date) }.

    Promiň za komplikace a díky za trpělivost! Pokud ti nový termín nevyhovuje, odpověz na tenhle e-mail a společně najdeme řešení.

lost-parcel-investigation =
    Ahoj { $customer_name }!

    Mrzí nás, že tvoje objednávka č. { $order_id } ještě nedorazila. Požádali jsme dopravce o prošetření a { $carrier } teď tvoji zásilku dohledává.

    Může to trvat až { $business_days ->
        [one] { $business_days } pracovní den
        [few] { $business_days } pracovní dny
        [many] { $business_days } pracovního dne
       *[other] { $business_days } pracovních dnů
    }. Jakmile budeme něco vědět, ozveme se. Pokud se zásilka nenajde, pošleme ti nové zboží, nebo ti vrátíme peníze – jak budeš chtít.

delivery-dispute =
    Ahoj { $customer_name }!

    Díky, že nám dáváš vědět. Podle dopravce ({ $carrier }) byla tvoje objednávka č. { $order_id } doručena dne { DATETIME($delivered_at) }.

    Někdy zásilky zůstanou u sousedů, ve schránce nebo na chráněném místě u dveří. Můžeš se tam podívat?

    Zároveň u dopravce ({ $carrier }) podáváme reklamaci a ozveme se, jakmile budeme mít odpověď. Jestli zásilku mezitím najdeš, dej nám vědět!

return-instructions =
    Ahoj { $customer_name }!

    Objednávku č. { $order_id } nám vrátíš takhle.

    Vytiskni si štítek pro vrácení zásilky z tohoto odkazu:
    { $label_url }

    Zboží pečlivě zabal, nalep štítek na balík a předej ho dopravci nejpozději do { DATE($return_by) }. Doklad o odeslání si schovej, dokud ti nepřijdou peníze zpátky.

    Jakmile vrácené zboží dorazí a zkontrolujeme ho, dáme ti vědět.

return-approved =
    Ahoj { $customer_name }!

    Vrácení zboží z objednávky č. { $order_id } jsme schválili. Částku { MONEY($refund_amount) } ti vrátíme stejnou platební metodou, kterou byl nákup zaplacen.

    Podle banky může připsání peněz na účet trvat pár dní.

return-rejected =
    Ahoj { $customer_name }!

    Díky za žádost o vrácení zboží z objednávky č. { $order_id }. Bohužel ji nemůžeme přijmout z tohoto důvodu:

    { $reason }

    Chápeme, že to pro tebe není příjemná zpráva. Pokud máš dotazy nebo další informace, třeba fotky, odpověz na tenhle e-mail a rádi se na to podíváme znovu.

refund-issued =
    Ahoj { $customer_name }!

    Vrátili jsme ti { MONEY($amount) } (způsob vrácení: { $method }).

    Podle banky nebo poskytovatele plateb může trvat až { $days ->
        [one] { $days } den
        [few] { $days } dny
        [many] { $days } dne
       *[other] { $days } dní
    }, než peníze uvidíš na účtu.

refund-delayed =
    Ahoj { $customer_name }!

    Promiň, vrácení částky { MONEY($amount) } trvá déle, než jsme čekali. Peníze by ti měly přijít nejpozději do { DATE($expected_date) }.

    Díky za trpělivost! Pokud do té doby nedorazí, odpověz na tenhle e-mail a hned to prověříme.

cancellation-confirmed =
    Ahoj { $customer_name }!

    Hotovo: objednávku č. { $order_id } jsme podle tvého přání zrušili.

    Částku { MONEY($amount) } ti vrátíme stejnou platební metodou, kterou byla objednávka zaplacena. Podle banky to může trvat pár dní.

    Budeme rádi, když se k nám brzy zase vrátíš!

cancellation-too-late =
    Ahoj { $customer_name }!

    Díky za zprávu. Objednávka č. { $order_id } už bohužel odešla, takže ji nemůžeme zrušit.

    Zásilku můžeš při doručení jednoduše odmítnout, automaticky se nám pak vrátí. Nebo ji můžeš převzít a vrátit do { $return_days ->
        [one] { $return_days } dne
        [few] { $return_days } dnů
        [many] { $return_days } dne
       *[other] { $return_days } dnů
    } od převzetí. Jakmile vrácené zboží dorazí, pošleme ti peníze zpátky.

order-change-received =
    Ahoj { $customer_name }!

    Díky za zprávu! Dostali jsme tvou žádost o změnu objednávky č. { $order_id }.

    Pokud objednávka ještě neopustila náš sklad, změnu uděláme a pošleme ti potvrzení. Pokud už odešla, ozveme se ti a vysvětlíme, jaké máš možnosti.

wrong-or-missing-item =
    Ahoj { $customer_name }!

    { $kind ->
        [wrong] Promiň: místo produktu { $item_name } dorazil v objednávce č. { $order_id } jiný produkt. Správné zboží ti pošleme zdarma a e-mailem ti pošleme štítek pro vrácení toho chybného.
        [missing] Promiň, v objednávce č. { $order_id } chyběl produkt { $item_name }. Pošleme ti ho co nejdřív a bez dalších nákladů.
       *[other] Mrzí nás, že je problém s produktem { $item_name } z objednávky č. { $order_id }. Hned se na to vrhneme a brzy se ti ozveme.
    }

    Pokud chceš raději vrátit peníze, stačí odpovědět na tenhle e-mail.

damaged-item =
    Ahoj { $customer_name }!

    Moc nás mrzí, že produkt { $item_name } z objednávky č. { $order_id } dorazil poškozený.

    Abychom ti mohli rychle pomoct, pošli nám prosím v odpovědi na tenhle e-mail pár fotek poškozeného produktu a obalu.

    Jakmile fotky dostaneme, zajistíme výměnu nebo opravu – samozřejmě zdarma.

exchange-confirmed =
    Ahoj { $customer_name }!

    Výměna zboží z objednávky č. { $order_id } je potvrzená. Jako náhradu dostaneš: { $new_item }.

    Jakmile nové zboží odešleme, dáme ti vědět.

payment-failed =
    Ahoj { $customer_name }!

    Platba za objednávku č. { $order_id } (způsob platby: { $payment_method }) bohužel neprošla, takže jsme objednávku zatím nemohli zpracovat.

    Může se to stát třeba tehdy, když vypršela platnost karty nebo byl překročen limit. Zkontroluj prosím platební údaje a zkus to znovu, případně zvol jiný způsob platby.

    Jakmile platba projde, hned se pustíme do tvojí objednávky.

duplicate-charge-refunded =
    Ahoj { $customer_name }!

    Promiň za dvojí stržení platby! Duplicitní platbu ve výši { MONEY($amount) } jsme ti už vrátili.

    Podle banky nebo poskytovatele plateb může trvat až { $days ->
        [one] { $days } den
        [few] { $days } dny
        [many] { $days } dne
       *[other] { $days } dní
    }, než se částka objeví na tvém výpisu.

invoice-sent =
    Ahoj { $customer_name }!

    V příloze ti posíláme fakturu k objednávce č. { $order_id }. Najdeš ji taky kdykoli ve svém účtu.

    Pokud má být na faktuře název firmy nebo DIČ, odpověz na tenhle e-mail a pošli nám tyhle údaje. Vystavíme ti pak opravnou fakturu.

voucher-resent =
    Ahoj { $customer_name }!

    Tady je znovu kód tvého poukazu:

    { $voucher_code }

    Kód platí do { DATE($valid_until) }. Stačí ho zadat při dokončení objednávky.

loyalty-points-adjusted =
    Ahoj { $customer_name }!

    Zkontrolovali jsme tvoje body a připsali ti { $points ->
        [one] { $points } bod
        [few] { $points } body
        [many] { $points } bodu
       *[other] { $points } bodů
    }.

    Teď máš na účtu { $balance ->
        [one] { $balance } bod
        [few] { $balance } body
        [many] { $balance } bodu
       *[other] { $balance } bodů
    }. Díky, že s námi nakupuješ!

presale-answer =
    Ahoj { $customer_name }!

    Díky za zájem o naše produkty!

    { $in_stock ->
        [yes] Dobrá zpráva: produkt { $product_name } je skladem. Když objednáš teď, doručení obvykle trvá { $delivery_days ->
            [one] { $delivery_days } den
            [few] { $delivery_days } dny
            [many] { $delivery_days } dne
           *[other] { $delivery_days } dní
        }.
       *[no] Produkt { $product_name } teď bohužel není skladem, ale i tak si ho můžeš objednat. Doručení pak obvykle trvá { $delivery_days ->
            [one] { $delivery_days } den
            [few] { $delivery_days } dny
            [many] { $delivery_days } dne
           *[other] { $delivery_days } dní
        }.
    }

    Pokud máš k produktu další otázky, rádi pomůžeme.

account-access =
    Ahoj { $customer_name }!

    Nové heslo ke svému účtu si nastavíš pomocí tohoto odkazu:

    { $reset_url }

    Z bezpečnostních důvodů platí odkaz jen omezenou dobu. Pokud se pořád nemůžeš přihlásit, odpověz na tenhle e-mail.

privacy-request-received =
    Ahoj { $customer_name }!

    Díky za tvou žádost týkající se ochrany osobních údajů. Zaevidovali jsme ji pod číslem { $ticket_id }.

    Vyřídíme ji do jednoho měsíce, jak ukládá čl. 12 odst. 3 GDPR. Abychom ochránili tvoje údaje, můžeme tě požádat o ověření totožnosti.

    Odhlášení z newsletteru nebo z marketingových sdělení platí hned.

feedback-thanks =
    Ahoj { $customer_name }!

    Moc díky za zpětnou vazbu! Každou zprávu pozorně čteme a sdílíme ji s celým týmem – pomáhá nám zlepšovat naše produkty i služby.

    Máme radost, že nám píšeš!

survey-request =
    Ahoj { $customer_name }!

    Doufáme, že jsme ti pomohli. Věnuješ nám dvě minuty a ohodnotíš naše služby?

    { $survey_url }

    Tvoje hodnocení nám pomáhá se zlepšovat. Díky!

closing = Můžeme pro tebe ještě něco udělat, { $customer_name }? Stačí odpovědět na tenhle e-mail.

signature =
    Měj se hezky
    { $agent_name }
    Tým { $shop_name }
