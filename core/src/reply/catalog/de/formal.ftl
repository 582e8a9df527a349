### caredesk reply catalog: German (de), formal.
### Tone: courteous "Sie", greeting "Guten Tag …", closing "Mit freundlichen Grüßen".
### After the greeting comma the text continues in lower case, as usual in German letters.

acknowledgement =
    Guten Tag { $customer_name },

    vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und unter der Ticketnummer { $ticket_id } erfasst.

    Sie erhalten bis spätestens { DATETIME($reply_by) } eine Antwort von uns. Falls Sie in der Zwischenzeit noch etwas ergänzen möchten, antworten Sie einfach auf diese E-Mail.

out-of-hours =
    Guten Tag { $customer_name },

    vielen Dank für Ihre Nachricht. Unser Kundenservice ist im Moment leider nicht erreichbar.

    Ab { DATETIME($next_open) } sind wir wieder für Sie da und melden uns so schnell wie möglich bei Ihnen. Sie müssen Ihre Nachricht nicht erneut senden – sie ist bereits bei uns eingegangen.

order-status =
    Guten Tag { $customer_name },

    gute Nachrichten: Ihre Bestellung { $order_id } wurde mit { $carrier } verschickt.

    Hier können Sie Ihre Sendung verfolgen:
    { $tracking_url }

    Die Zustellung ist für den { DATE($delivery_date) } geplant. Bitte beachten Sie, dass es einige Stunden dauern kann, bis die Sendungsverfolgung aktualisiert wird.

shipping-delay =
    Guten Tag { $customer_name },

    leider verzögert sich die Lieferung Ihrer Bestellung { $order_id } um { $days_late ->
        [one] { $days_late } Tag
       *[other] { $days_late } Tage
    }. Der neue voraussichtliche Liefertermin ist der { DATE($delivery_date) }.

    Bitte entschuldigen Sie die Unannehmlichkeiten, und vielen Dank für Ihre Geduld. Falls Ihnen der neue Termin nicht passt, antworten Sie einfach auf diese E-Mail – wir finden gemeinsam eine Lösung.

lost-parcel-investigation =
    Guten Tag { $customer_name },

    es tut uns leid, dass Ihre Bestellung { $order_id } noch nicht bei Ihnen angekommen ist. Wir haben bei { $carrier } einen Nachforschungsauftrag gestellt, um Ihr Paket ausfindig zu machen.

    Die Nachforschung kann bis zu { $business_days ->
        [one] { $business_days } Werktag
       *[other] { $business_days } Werktage
    } dauern. Sobald wir eine Rückmeldung haben, melden wir uns bei Ihnen. Sollte das Paket nicht gefunden werden, erhalten Sie selbstverständlich eine Ersatzlieferung oder eine Erstattung – ganz wie Sie möchten.

delivery-dispute =
    Guten Tag { $customer_name },

    vielen Dank für Ihre Nachricht. Laut { $carrier } wurde Ihre Bestellung { $order_id } am { DATETIME($delivered_at) } zugestellt.

    Manchmal werden Pakete bei Nachbarn abgegeben, in den Briefkasten gelegt oder an einem geschützten Ort in der Nähe des Eingangs abgestellt. Bitte schauen Sie dort einmal nach.

    Parallel dazu leiten wir bei { $carrier } eine Reklamation ein und melden uns, sobald wir eine Antwort haben. Falls Sie das Paket in der Zwischenzeit finden, geben Sie uns bitte kurz Bescheid.

return-instructions =
    Guten Tag { $customer_name },

    so können Sie Ihre Bestellung { $order_id } zurücksenden:

    Bitte drucken Sie das Retourenetikett über diesen Link aus:
    { $label_url }

    Verpacken Sie die Artikel sorgfältig, kleben Sie das Etikett auf das Paket und geben Sie es bis spätestens { DATE($return_by) } beim Versanddienstleister ab. Bitte bewahren Sie den Einlieferungsbeleg auf, bis Sie Ihre Erstattung erhalten haben.

    Wir informieren Sie, sobald Ihre Rücksendung bei uns eingegangen und geprüft ist.

return-approved =
    Guten Tag { $customer_name },

    Ihre Rücksendung zur Bestellung { $order_id } wurde genehmigt. Wir erstatten Ihnen { MONEY($refund_amount) } über die Zahlungsart, mit der Sie bezahlt haben.

    Je nach Bank kann es einige Tage dauern, bis der Betrag auf Ihrem Konto erscheint.

return-rejected =
    Guten Tag { $customer_name },

    vielen Dank für Ihre Rücksendeanfrage zur Bestellung { $order_id }. Leider können wir die Rücksendung aus folgendem Grund nicht annehmen:

    { $reason }

    Wir verstehen, dass Sie sich eine andere Antwort gewünscht hätten. Wenn Sie Fragen haben oder uns weitere Informationen, zum Beispiel Fotos, schicken möchten, antworten Sie einfach auf diese E-Mail. Wir prüfen Ihren Fall dann gern noch einmal.

refund-issued =
    Guten Tag { $customer_name },

    wir haben Ihnen { MONEY($amount) } über { $method } erstattet.

    Je nach Bank oder Zahlungsanbieter kann es bis zu { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } dauern, bis der Betrag auf Ihrem Konto sichtbar ist.

refund-delayed =
    Guten Tag { $customer_name },

    es tut uns leid, dass die Erstattung von { MONEY($amount) } länger dauert als geplant. Wir gehen davon aus, dass sie bis zum { DATE($expected_date) } abgeschlossen ist.

    Vielen Dank für Ihre Geduld. Sollte der Betrag bis dahin nicht bei Ihnen eingegangen sein, antworten Sie einfach auf diese E-Mail – wir kümmern uns dann sofort darum.

cancellation-confirmed =
    Guten Tag { $customer_name },

    wie gewünscht haben wir Ihre Bestellung { $order_id } storniert.

    Den Betrag von { MONEY($amount) } erstatten wir Ihnen über die Zahlungsart, mit der Sie bezahlt haben. Je nach Bank kann es einige Tage dauern, bis er auf Ihrem Konto erscheint.

    Wir würden uns freuen, Sie bald wieder bei uns begrüßen zu dürfen.

cancellation-too-late =
    Guten Tag { $customer_name },

    vielen Dank für Ihre Nachricht. Leider wurde Ihre Bestellung { $order_id } bereits verschickt, sodass wir sie nicht mehr stornieren können.

    Sie können die Annahme des Pakets einfach verweigern, dann wird es automatisch an uns zurückgeschickt. Alternativ können Sie das Paket annehmen und innerhalb von { $return_days ->
        [one] { $return_days } Tag
       *[other] { $return_days } Tagen
    } nach Erhalt an uns zurücksenden. Sobald die Rücksendung bei uns eingegangen ist, erstatten wir Ihnen den Betrag.

order-change-received =
    Guten Tag { $customer_name },

    vielen Dank für Ihre Nachricht. Wir haben Ihren Änderungswunsch zur Bestellung { $order_id } erhalten.

    Falls die Bestellung unser Lager noch nicht verlassen hat, nehmen wir die Änderung vor und senden Ihnen eine Bestätigung. Sollte sie bereits verschickt worden sein, melden wir uns bei Ihnen und erläutern Ihnen die möglichen Optionen.

wrong-or-missing-item =
    Guten Tag { $customer_name },

    { $kind ->
        [wrong] es tut uns leid: Statt des Artikels { $item_name } war in Ihrer Bestellung { $order_id } ein anderer Artikel. Wir schicken Ihnen den richtigen Artikel kostenlos zu und senden Ihnen per E-Mail ein Retourenetikett für den falschen Artikel.
        [missing] es tut uns leid, dass der Artikel { $item_name } in Ihrer Bestellung { $order_id } gefehlt hat. Wir senden ihn Ihnen so schnell wie möglich kostenlos nach.
       *[other] es tut uns leid, dass es mit dem Artikel { $item_name } aus Ihrer Bestellung { $order_id } ein Problem gibt. Wir kümmern uns sofort darum und melden uns in Kürze bei Ihnen.
    }

    Wenn Ihnen eine Erstattung lieber ist, antworten Sie einfach auf diese E-Mail.

damaged-item =
    Guten Tag { $customer_name },

    es tut uns sehr leid, dass der Artikel { $item_name } aus Ihrer Bestellung { $order_id } beschädigt bei Ihnen angekommen ist.

    Damit wir Ihnen schnell helfen können, schicken Sie uns bitte als Antwort auf diese E-Mail einige Fotos des beschädigten Artikels und der Verpackung.

    Sobald uns die Fotos vorliegen, veranlassen wir einen Ersatz oder eine Reparatur – selbstverständlich kostenlos für Sie.

exchange-confirmed =
    Guten Tag { $customer_name },

    Ihr Umtausch zur Bestellung { $order_id } ist bestätigt: Sie erhalten { $new_item } als Ersatz.

    Wir geben Ihnen Bescheid, sobald der neue Artikel verschickt wurde.

payment-failed =
    Guten Tag { $customer_name },

    leider konnte die Zahlung für Ihre Bestellung { $order_id } mit { $payment_method } nicht abgeschlossen werden. Daher konnten wir Ihre Bestellung noch nicht bearbeiten.

    Das kann zum Beispiel passieren, wenn eine Karte abgelaufen oder ein Limit erreicht ist. Bitte prüfen Sie Ihre Zahlungsdaten und versuchen Sie es erneut oder wählen Sie eine andere Zahlungsart.

    Sobald die Zahlung erfolgreich war, bearbeiten wir Ihre Bestellung umgehend.

duplicate-charge-refunded =
    Guten Tag { $customer_name },

    es tut uns leid, dass Ihr Konto doppelt belastet wurde. Die doppelte Abbuchung von { MONEY($amount) } haben wir Ihnen bereits erstattet.

    Je nach Bank oder Zahlungsanbieter kann es bis zu { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } dauern, bis der Betrag auf Ihrem Kontoauszug erscheint.

invoice-sent =
    Guten Tag { $customer_name },

    anbei erhalten Sie die Rechnung zu Ihrer Bestellung { $order_id }. Sie finden sie außerdem jederzeit in Ihrem Kundenkonto.

    Soll auf der Rechnung ein Firmenname oder eine USt-IdNr. stehen, antworten Sie uns einfach mit den entsprechenden Angaben auf diese E-Mail. Wir stellen Ihnen dann eine korrigierte Rechnung aus.

voucher-resent =
    Guten Tag { $customer_name },

    wie gewünscht senden wir Ihnen Ihren Gutscheincode noch einmal:

    { $voucher_code }

    Der Gutschein ist bis zum { DATE($valid_until) } gültig. Geben Sie den Code einfach beim Bezahlen im Warenkorb ein.

loyalty-points-adjusted =
    Guten Tag { $customer_name },

    wir haben Ihr Punktekonto geprüft und Ihnen { $points ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
    } gutgeschrieben.

    Ihr neuer Punktestand beträgt { $balance ->
        [one] { $balance } Punkt
       *[other] { $balance } Punkte
    }. Vielen Dank für Ihre Treue!

presale-answer =
    Guten Tag { $customer_name },

    vielen Dank für Ihr Interesse an unseren Produkten.

    { $in_stock ->
        [yes] Gute Nachrichten: Der Artikel { $product_name } ist auf Lager. Wenn Sie jetzt bestellen, beträgt die Lieferzeit in der Regel { $delivery_days ->
            [one] { $delivery_days } Tag
           *[other] { $delivery_days } Tage
        }.
       *[no] Der Artikel { $product_name } ist im Moment leider nicht auf Lager, Sie können ihn aber trotzdem schon bestellen. Die Lieferzeit beträgt dann in der Regel { $delivery_days ->
            [one] { $delivery_days } Tag
           *[other] { $delivery_days } Tage
        }.
    }

    Wenn Sie weitere Fragen zum Produkt haben, helfen wir Ihnen gern weiter.

account-access =
    Guten Tag { $customer_name },

    über den folgenden Link können Sie ein neues Passwort für Ihr Kundenkonto festlegen:

    { $reset_url }

    Aus Sicherheitsgründen ist der Link nur für begrenzte Zeit gültig. Falls Sie sich weiterhin nicht anmelden können, antworten Sie einfach auf diese E-Mail.

privacy-request-received =
    Guten Tag { $customer_name },

    wir haben Ihre Anfrage zum Datenschutz erhalten und unter der Ticketnummer { $ticket_id } erfasst.

    Wir bearbeiten sie innerhalb eines Monats, wie es Art. 12 Abs. 3 DSGVO vorsieht. Zum Schutz Ihrer Daten bitten wir Sie gegebenenfalls, Ihre Identität zu bestätigen.

    Eine Abmeldung vom Newsletter oder von Werbenachrichten wird sofort wirksam.

feedback-thanks =
    Guten Tag { $customer_name },

    vielen Dank für Ihr Feedback! Wir lesen jede Nachricht sorgfältig und geben sie an unser Team weiter – so können wir unsere Produkte und unseren Service stetig verbessern.

    Schön, dass Sie sich die Zeit genommen haben, uns zu schreiben.

survey-request =
    Guten Tag { $customer_name },

    wir hoffen, wir konnten Ihnen weiterhelfen. Hätten Sie zwei Minuten Zeit, uns zu sagen, wie zufrieden Sie mit unserem Service waren?

    { $survey_url }

    Ihre Meinung hilft uns, besser zu werden. Vielen Dank!

closing = Können wir sonst noch etwas für Sie tun, { $customer_name }? Antworten Sie einfach auf diese E-Mail – wir helfen Ihnen gern weiter.

signature =
    Mit freundlichen Grüßen
    { $agent_name }
    Kundenservice { $shop_name }
