### caredesk reply catalog: Finnish (fi), formal.
### Tone: polite "te" forms ("tilauksenne", "voitte"; lower-case te as in modern usage),
### greeting "Hyvä …,", closing "Ystävällisin terveisin".
### Variables stay in the nominative: names of carriers, products and methods are
### placed as subjects, after a colon or in parentheses, so no case endings are needed.

acknowledgement =
    Hyvä { $customer_name },

    Kiitos viestistänne. Yhteydenottonne on vastaanotettu ja kirjattu numerolla { $ticket_id }.

    Vastaamme teille viimeistään { DATETIME($reply_by) }. Jos haluatte lisätä jotain sillä välin, voitte vastata suoraan tähän sähköpostiin.

out-of-hours =
    Hyvä { $customer_name },

    Kiitos viestistänne. Asiakaspalvelumme on tällä hetkellä suljettu.

    Palvelemme jälleen { DATETIME($next_open) } alkaen ja vastaamme teille mahdollisimman pian. Viestiä ei tarvitse lähettää uudelleen, sillä se on jo tullut perille.

order-status =
    Hyvä { $customer_name },

    Tilauksenne { $order_id } on lähetetty. Lähetyksen toimittaa { $carrier }.

    Voitte seurata lähetystä tästä linkistä:
    { $tracking_url }

    Arvioitu toimituspäivä on { DATE($delivery_date) }. Huomioittehan, että seurantatietojen päivittyminen voi kestää muutaman tunnin.

shipping-delay =
    Hyvä { $customer_name },

    Valitettavasti tilauksenne { $order_id } toimitus myöhästyy { $days_late ->
        [one] { $days_late } päivän
       *[other] { $days_late } päivää
    }. Uusi arvioitu toimituspäivä on { DATE($delivery_date) }.

    Pahoittelemme aiheutunutta haittaa ja kiitämme kärsivällisyydestänne. Jos uusi päivä ei sovi teille, vastatkaa tähän sähköpostiin, niin etsimme yhdessä ratkaisun.

lost-parcel-investigation =
    Hyvä { $customer_name },

    Pahoittelemme, että tilauksenne { $order_id } ei ole vielä saapunut. Olemme pyytäneet kuljetusyhtiöltä selvitystä, ja { $carrier } jäljittää nyt lähetystänne.

    Selvitys voi kestää enintään { $business_days ->
        [one] { $business_days } arkipäivän
       *[other] { $business_days } arkipäivää
    }. Otamme teihin yhteyttä heti, kun saamme vastauksen. Jos lähetystä ei löydy, lähetämme teille korvaavan tuotteen tai palautamme rahat, valintanne mukaan.

delivery-dispute =
    Hyvä { $customer_name },

    Kiitos ilmoituksestanne. { $carrier } on merkinnyt tilauksenne { $order_id } toimitetuksi { DATETIME($delivered_at) }.

    Joskus paketti jätetään naapurille, postilaatikkoon tai suojaiseen paikkaan oven lähelle. Voisitteko tarkistaa nämä paikat?

    Teemme samalla kuljetusyhtiölle reklamaation ({ $carrier }) ja palaamme asiaan heti, kun saamme vastauksen. Jos paketti löytyy sillä välin, pyydämme ilmoittamaan siitä meille.

return-instructions =
    Hyvä { $customer_name },

    Näin palautatte tilauksen { $order_id }.

    Tulostakaa palautustarra tästä linkistä:
    { $label_url }

    Pakatkaa tuotteet huolellisesti, kiinnittäkää tarra pakettiin ja jättäkää paketti kuljetusyhtiölle viimeistään { DATE($return_by) }. Säilyttäkää jättökuitti, kunnes olette saaneet hyvityksen.

    Ilmoitamme teille, kun palautus on saapunut ja tarkastettu.

return-approved =
    Hyvä { $customer_name },

    Tilauksen { $order_id } palautus on hyväksytty. Palautamme teille { MONEY($refund_amount) } samalle maksutavalle, jota käytitte ostoksen yhteydessä.

    Pankista riippuen summan näkyminen tilillänne voi kestää muutaman päivän.

return-rejected =
    Hyvä { $customer_name },

    Kiitos palautuspyynnöstänne, joka koskee tilausta { $order_id }. Valitettavasti emme voi hyväksyä palautusta seuraavasta syystä:

    { $reason }

    Ymmärrämme, ettei tämä ole toivomanne vastaus. Jos teillä on kysyttävää tai lisätietoja, esimerkiksi valokuvia, vastatkaa tähän sähköpostiin, niin tarkastelemme asiaa mielellämme uudelleen.

refund-issued =
    Hyvä { $customer_name },

    Olemme palauttaneet teille { MONEY($amount) } (palautustapa: { $method }).

    Pankista tai maksupalvelusta riippuen summan näkyminen tilillänne voi kestää jopa { $days ->
        [one] { $days } päivän
       *[other] { $days } päivää
    }.

refund-delayed =
    Hyvä { $customer_name },

    Pahoittelemme, että palautuksenne käsittely kestää odotettua kauemmin. Palautettava summa on { MONEY($amount) }, ja arvioimme sen olevan tilillänne viimeistään { DATE($expected_date) }.

    Kiitos kärsivällisyydestänne. Jos summa ei ole tilillänne siihen mennessä, vastatkaa tähän sähköpostiin, niin tarkistamme asian heti.

cancellation-confirmed =
    Hyvä { $customer_name },

    Olemme peruuttaneet tilauksenne { $order_id } pyyntönne mukaisesti.

    Palautamme teille { MONEY($amount) } samalle maksutavalle, jota käytitte. Pankista riippuen tämä voi kestää muutaman päivän.

    Toivomme, että saamme palvella teitä pian uudelleen.

cancellation-too-late =
    Hyvä { $customer_name },

    Kiitos viestistänne. Valitettavasti tilauksenne { $order_id } on jo lähetetty, joten emme voi enää peruuttaa sitä.

    Voitte yksinkertaisesti kieltäytyä vastaanottamasta pakettia, jolloin se palautuu automaattisesti meille. Voitte myös vastaanottaa paketin ja palauttaa sen; palautusaikaa on { $return_days ->
        [one] { $return_days } päivä
       *[other] { $return_days } päivää
    } vastaanotosta. Hyvitämme summan heti, kun palautus on saapunut meille.

order-change-received =
    Hyvä { $customer_name },

    Kiitos viestistänne. Olemme vastaanottaneet pyyntönne muuttaa tilaustanne { $order_id }.

    Jos tilaus ei ole vielä lähtenyt varastostamme, teemme muutoksen ja lähetämme teille vahvistuksen. Jos tilaus on jo lähetetty, otamme teihin yhteyttä ja kerromme vaihtoehdoista.

wrong-or-missing-item =
    Hyvä { $customer_name },

    { $kind ->
        [wrong] Pahoittelemme, että tilauksessanne { $order_id } oli väärä tuote. Tilaamanne tuote on { $item_name }, ja lähetämme sen teille maksutta. Saatte sähköpostitse palautustarran väärää tuotetta varten.
        [missing] Pahoittelemme, että tilauksestanne { $order_id } puuttui tuote { $item_name }. Lähetämme puuttuvan tuotteen mahdollisimman pian ilman lisäkuluja.
       *[other] Pahoittelemme ongelmaa, joka koskee tilauksenne { $order_id } tuotetta { $item_name }. Selvitämme asian heti ja palaamme teille pian.
    }

    Jos haluatte mieluummin rahat takaisin, vastatkaa vain tähän sähköpostiin.

damaged-item =
    Hyvä { $customer_name },

    Pahoittelemme kovasti, että tilauksenne { $order_id } tuote { $item_name } saapui vaurioituneena.

    Jotta voimme auttaa teitä nopeasti, pyydämme teitä lähettämään vastauksena tähän sähköpostiin muutaman kuvan vaurioituneesta tuotteesta ja pakkauksesta.

    Kun olemme saaneet kuvat, järjestämme korvaavan tuotteen tai korjauksen, teille maksutta.

exchange-confirmed =
    Hyvä { $customer_name },

    Tilauksenne { $order_id } vaihto on vahvistettu. Korvaava tuote on { $new_item }.

    Ilmoitamme teille, kun uusi tuote on lähetetty.

payment-failed =
    Hyvä { $customer_name },

    Valitettavasti tilauksenne { $order_id } maksu ei onnistunut (maksutapa: { $payment_method }), joten emme ole vielä voineet käsitellä tilausta.

    Näin voi käydä esimerkiksi, jos kortti on vanhentunut tai jokin raja on täyttynyt. Tarkistakaa maksutietonne ja yrittäkää uudelleen tai valitkaa toinen maksutapa.

    Käsittelemme tilauksenne heti, kun maksu on onnistunut.

duplicate-charge-refunded =
    Hyvä { $customer_name },

    Pahoittelemme, että teitä veloitettiin kahdesti. Olemme jo palauttaneet ylimääräisen veloituksen, { MONEY($amount) }.

    Pankista tai maksupalvelusta riippuen summan näkyminen tiliotteellanne voi kestää jopa { $days ->
        [one] { $days } päivän
       *[other] { $days } päivää
    }.

invoice-sent =
    Hyvä { $customer_name },

    Liitteenä on tilauksenne { $order_id } lasku. Löydätte sen myös milloin tahansa asiakastililtänne.

    Jos laskussa pitää näkyä yrityksen nimi tai ALV-tunniste, vastatkaa tähän sähköpostiin ja kertokaa tiedot, niin lähetämme teille korjatun laskun.

voucher-resent =
    Hyvä { $customer_name },

    Lähetämme pyynnöstänne koodinne uudelleen:

    { $voucher_code }

    Koodi on voimassa { DATE($valid_until) } asti. Voitte syöttää sen kassalla tilausta tehdessänne.

loyalty-points-adjusted =
    Hyvä { $customer_name },

    Olemme tarkistaneet pistesaldonne ja lisänneet asiakastilillenne { $points ->
        [one] { $points } pisteen
       *[other] { $points } pistettä
    }.

    Uusi saldonne on { $balance ->
        [one] { $balance } piste
       *[other] { $balance } pistettä
    }. Kiitos, että asioitte kanssamme.

presale-answer =
    Hyvä { $customer_name },

    Kiitos kiinnostuksestanne tuotteitamme kohtaan.

    { $in_stock ->
        [yes] { $product_name } on varastossa. Jos tilaatte nyt, toimitus kestää yleensä { $delivery_days ->
            [one] { $delivery_days } päivän
           *[other] { $delivery_days } päivää
        }.
       *[no] { $product_name } on valitettavasti tällä hetkellä loppu varastosta, mutta voitte silti tilata sen. Toimitus kestää tällöin yleensä { $delivery_days ->
            [one] { $delivery_days } päivän
           *[other] { $delivery_days } päivää
        }.
    }

    Vastaamme mielellämme myös muihin tuotetta koskeviin kysymyksiin.

account-access =
    Hyvä { $customer_name },

    Voitte asettaa asiakastilillenne uuden salasanan tästä linkistä:

    { $reset_url }

    Turvallisuussyistä linkki on voimassa vain rajoitetun ajan. Jos kirjautuminen ei vieläkään onnistu, vastatkaa tähän sähköpostiin.

privacy-request-received =
    Hyvä { $customer_name },

    Kiitos yhteydenotostanne. Tietosuojaa koskeva pyyntönne on vastaanotettu ja kirjattu numerolla { $ticket_id }.

    Käsittelemme pyynnön kuukauden kuluessa, kuten EU:n yleisen tietosuoja-asetuksen (GDPR) 12 artiklan 3 kohta edellyttää. Tietojenne suojaamiseksi saatamme pyytää teitä vahvistamaan henkilöllisyytenne.

    Uutiskirjeen tai markkinointiviestien tilauksen peruutus tulee voimaan heti.

feedback-thanks =
    Hyvä { $customer_name },

    Lämmin kiitos palautteestanne. Luemme jokaisen viestin huolellisesti ja jaamme sen tiimimme kanssa, sillä palaute auttaa meitä kehittämään tuotteitamme ja palveluamme.

    Arvostamme suuresti, että käytitte aikaanne kirjoittaaksenne meille.

survey-request =
    Hyvä { $customer_name },

    Toivomme, että pystyimme auttamaan teitä. Voisitteko käyttää kaksi minuuttia ja kertoa, millaista palvelumme oli?

    { $survey_url }

    Palautteenne auttaa meitä kehittymään. Kiitos!

closing = Voimmeko auttaa teitä vielä jossakin, { $customer_name }? Vastatkaa vain tähän sähköpostiin.

signature =
    Ystävällisin terveisin
    { $agent_name }
    { $shop_name }, asiakaspalvelu
