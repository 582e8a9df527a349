### caredesk reply catalog: Spanish (es), formal.
### Tone: courteous "usted", greeting "Hola, …:" as in Spanish letters.
### Wording avoids adjectives and participles that would reveal the customer's gender.

acknowledgement =
    Hola, { $customer_name }:

    Gracias por ponerse en contacto con nosotros. Hemos recibido su mensaje y lo hemos registrado con el número de solicitud { $ticket_id }.

    Le responderemos antes del { DATETIME($reply_by) }; si desea añadir algo mientras tanto, basta con que responda a este correo.

out-of-hours =
    Hola, { $customer_name }:

    Gracias por su mensaje. En este momento nuestro servicio de atención al cliente está cerrado.

    Volveremos a estar disponibles el { DATETIME($next_open) } y le responderemos lo antes posible. No es necesario que vuelva a enviar su mensaje: ya lo hemos recibido.

order-status =
    Hola, { $customer_name }:

    Buenas noticias: su pedido { $order_id } ya está en camino con { $carrier }.

    Puede seguir el envío en este enlace:
    { $tracking_url }

    La entrega está prevista para el { DATE($delivery_date) }. Tenga en cuenta que la información de seguimiento puede tardar unas horas en actualizarse.

shipping-delay =
    Hola, { $customer_name }:

    Lamentamos informarle de que la entrega de su pedido { $order_id } se retrasará { $days_late ->
        [one] { $days_late } día
       *[other] { $days_late } días
    }. La nueva fecha de entrega prevista es el { DATE($delivery_date) }.

    Disculpe las molestias y gracias por su paciencia. Si la nueva fecha no le viene bien, responda a este correo y buscaremos juntos una solución.

lost-parcel-investigation =
    Hola, { $customer_name }:

    Sentimos que su pedido { $order_id } aún no haya llegado. Hemos abierto una investigación con { $carrier } para localizar el paquete.

    La investigación puede tardar hasta { $business_days ->
        [one] { $business_days } día hábil
       *[other] { $business_days } días hábiles
    }. Le escribiremos en cuanto tengamos noticias. Si el paquete no aparece, le enviaremos un artículo de sustitución o le devolveremos el importe, como usted prefiera.

delivery-dispute =
    Hola, { $customer_name }:

    Gracias por avisarnos. El { DATETIME($delivered_at) }, según { $carrier }, se entregó su pedido { $order_id }.

    A veces los paquetes se dejan a un vecino, en el buzón o en un lugar resguardado cerca de la entrada. ¿Podría comprobarlo, por favor?

    Mientras tanto, abrimos una reclamación con { $carrier } y le informaremos en cuanto tengamos respuesta. Si encuentra el paquete antes, le agradeceríamos que nos avisara.

return-instructions =
    Hola, { $customer_name }:

    Le explicamos cómo devolver su pedido { $order_id }.

    Imprima la etiqueta de devolución desde este enlace:
    { $label_url }

    Embale bien los artículos, pegue la etiqueta en el paquete y entréguelo al transportista a más tardar el { DATE($return_by) }. Le recomendamos guardar el justificante de envío hasta recibir el reembolso.

    Le avisaremos en cuanto hayamos recibido y revisado su devolución.

return-approved =
    Hola, { $customer_name }:

    Hemos aprobado la devolución de su pedido { $order_id }. Le reembolsaremos { MONEY($refund_amount) } con el mismo método de pago que utilizó en la compra.

    Según su banco, el importe puede tardar unos días en aparecer en su cuenta.

return-rejected =
    Hola, { $customer_name }:

    Gracias por su solicitud de devolución del pedido { $order_id }. Lamentablemente, no podemos aceptar la devolución por el siguiente motivo:

    { $reason }

    Entendemos que no es la respuesta que esperaba. Si tiene alguna pregunta o información adicional, por ejemplo fotos, responda a este correo y revisaremos de nuevo su caso con mucho gusto.

refund-issued =
    Hola, { $customer_name }:

    Hemos realizado el reembolso de { MONEY($amount) } a través de { $method }.

    Según su banco o proveedor de pago, el importe puede tardar hasta { $days ->
        [one] { $days } día
       *[other] { $days } días
    } en aparecer en su cuenta.

refund-delayed =
    Hola, { $customer_name }:

    Lamentamos que el reembolso de { MONEY($amount) } esté tardando más de lo previsto. Ahora esperamos completarlo a más tardar el { DATE($expected_date) }.

    Gracias por su paciencia. Si para entonces no ha recibido el importe, responda a este correo y lo revisaremos de inmediato.

cancellation-confirmed =
    Hola, { $customer_name }:

    Tal como nos pidió, hemos cancelado su pedido { $order_id }.

    Le reembolsaremos { MONEY($amount) } con el mismo método de pago que utilizó. Según su banco, puede tardar unos días.

    Esperamos que vuelva a visitarnos pronto.

cancellation-too-late =
    Hola, { $customer_name }:

    Gracias por su mensaje. Lamentablemente, su pedido { $order_id } ya ha sido enviado y no podemos cancelarlo.

    Puede rechazar el paquete en el momento de la entrega y se nos devolverá automáticamente. También puede aceptarlo y devolvérnoslo en un plazo de { $return_days ->
        [one] { $return_days } día
       *[other] { $return_days } días
    } desde la recepción. En cuanto recibamos la devolución, le reembolsaremos el importe.

order-change-received =
    Hola, { $customer_name }:

    Gracias por su mensaje. Hemos recibido su solicitud para modificar el pedido { $order_id }.

    Si el pedido todavía no ha salido de nuestro almacén, aplicaremos el cambio y le enviaremos una confirmación. Si ya se ha enviado, nos pondremos en contacto con usted para explicarle las opciones disponibles.

wrong-or-missing-item =
    Hola, { $customer_name }:

    { $kind ->
        [wrong] Lo sentimos: en lugar del artículo { $item_name }, su pedido { $order_id } contenía otro artículo. Le enviaremos el artículo correcto sin coste y le haremos llegar por correo una etiqueta para devolver el equivocado.
        [missing] Lamentamos que el artículo { $item_name } faltara en su pedido { $order_id }. Se lo enviaremos lo antes posible, sin coste adicional.
       *[other] Lamentamos que haya un problema con el artículo { $item_name } de su pedido { $order_id }. Ya nos estamos ocupando de ello y le responderemos en breve.
    }

    Si prefiere un reembolso, basta con que responda a este correo.

damaged-item =
    Hola, { $customer_name }:

    Sentimos mucho que el artículo { $item_name } de su pedido { $order_id } haya llegado dañado.

    Para poder ayudarle lo antes posible, ¿podría enviarnos, en respuesta a este correo, algunas fotos del artículo dañado y del embalaje?

    En cuanto recibamos las fotos, organizaremos la sustitución o la reparación, sin ningún coste para usted.

exchange-confirmed =
    Hola, { $customer_name }:

    Le confirmamos el cambio de su pedido { $order_id }: recibirá { $new_item } como sustitución.

    Le avisaremos en cuanto el nuevo artículo haya salido de nuestro almacén.

payment-failed =
    Hola, { $customer_name }:

    Lamentablemente, no se ha podido completar el pago de su pedido { $order_id } con { $payment_method }, por lo que todavía no hemos podido procesarlo.

    Esto puede ocurrir, por ejemplo, si una tarjeta ha caducado o se ha alcanzado un límite. Le rogamos que compruebe sus datos de pago y lo intente de nuevo, o que elija otro método de pago.

    En cuanto se complete el pago, procesaremos su pedido.

duplicate-charge-refunded =
    Hola, { $customer_name }:

    Sentimos mucho el cargo duplicado. Ya hemos reembolsado el importe cobrado dos veces, { MONEY($amount) }.

    Según su banco o proveedor de pago, el importe puede tardar hasta { $days ->
        [one] { $days } día
       *[other] { $days } días
    } en aparecer en su extracto.

invoice-sent =
    Hola, { $customer_name }:

    Le adjuntamos la factura de su pedido { $order_id }. También puede descargarla en cualquier momento desde su cuenta de cliente.

    Si necesita que en la factura figuren la razón social o el NIF de una empresa, responda a este correo con esos datos y le emitiremos una factura rectificativa.

voucher-resent =
    Hola, { $customer_name }:

    Tal como nos pidió, le enviamos de nuevo el código de su cupón:

    { $voucher_code }

    Es válido hasta el { DATE($valid_until) }. Solo tiene que introducirlo al finalizar la compra.

loyalty-points-adjusted =
    Hola, { $customer_name }:

    Hemos revisado su saldo de puntos y hemos añadido { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    } a su cuenta de cliente.

    Su nuevo saldo es de { $balance ->
        [one] { $balance } punto
       *[other] { $balance } puntos
    }. ¡Gracias por su fidelidad!

presale-answer =
    Hola, { $customer_name }:

    Gracias por su interés en nuestros productos.

    { $in_stock ->
        [yes] Buenas noticias: el artículo { $product_name } está disponible en stock. Si realiza el pedido ahora, la entrega suele tardar { $delivery_days ->
            [one] { $delivery_days } día
           *[other] { $delivery_days } días
        }.
       *[no] En este momento el artículo { $product_name } está agotado, pero puede pedirlo igualmente. En ese caso, la entrega suele tardar { $delivery_days ->
            [one] { $delivery_days } día
           *[other] { $delivery_days } días
        }.
    }

    Si tiene cualquier otra pregunta sobre el producto, estaremos encantados de ayudarle.

account-access =
    Hola, { $customer_name }:

    Puede establecer una nueva contraseña para su cuenta de cliente en este enlace:

    { $reset_url }

    Por motivos de seguridad, el enlace solo es válido durante un tiempo limitado. Si sigue teniendo problemas para acceder, responda a este correo.

privacy-request-received =
    Hola, { $customer_name }:

    Hemos recibido su solicitud relativa a la protección de datos y la hemos registrado con el número { $ticket_id }.

    La atenderemos en el plazo de un mes, tal como establece el artículo 12.3 del RGPD. Para proteger sus datos, es posible que le pidamos que confirme su identidad.

    Las solicitudes de baja de la newsletter o de las comunicaciones comerciales se aplican de inmediato.

feedback-thanks =
    Hola, { $customer_name }:

    ¡Muchas gracias por su opinión! Leemos cada mensaje con atención y lo compartimos con nuestro equipo: nos ayuda a mejorar nuestros productos y nuestro servicio.

    Le agradecemos sinceramente que se haya tomado el tiempo de escribirnos.

survey-request =
    Hola, { $customer_name }:

    Esperamos haberle ayudado. ¿Tiene dos minutos para contarnos qué le ha parecido nuestra atención?

    { $survey_url }

    Su opinión nos ayuda a mejorar. ¡Gracias!

closing = ¿Podemos ayudarle en algo más, { $customer_name }? Basta con que responda a este correo; estaremos encantados de atenderle.

signature =
    Un cordial saludo,
    { $agent_name }
    Atención al cliente de { $shop_name }
