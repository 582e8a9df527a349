### caredesk reply catalog: Spanish (es), informal.
### Tone: warm, friendly "tú", greeting "¡Hola, …!".
### Wording avoids adjectives and participles that would reveal the customer's gender.

acknowledgement =
    ¡Hola, { $customer_name }!

    Gracias por escribirnos. Hemos recibido tu mensaje y lo hemos registrado con el número de solicitud { $ticket_id }.

    Te responderemos antes del { DATETIME($reply_by) }; si quieres añadir algo mientras tanto, solo tienes que responder a este correo.

out-of-hours =
    ¡Hola, { $customer_name }!

    Gracias por tu mensaje. Ahora mismo nuestro servicio de atención al cliente está cerrado.

    Volvemos el { DATETIME($next_open) } y te responderemos lo antes posible. No hace falta que nos lo vuelvas a enviar: ya lo tenemos.

order-status =
    ¡Hola, { $customer_name }!

    ¡Buenas noticias! Tu pedido { $order_id } ya va de camino con { $carrier }.

    Puedes seguir el envío aquí:
    { $tracking_url }

    La entrega está prevista para el { DATE($delivery_date) }. El seguimiento puede tardar unas horas en actualizarse.

shipping-delay =
    ¡Hola, { $customer_name }!

    Sentimos decirte que tu pedido { $order_id } llegará con { $days_late ->
        [one] { $days_late } día
       *[other] { $days_late } días
    } de retraso. La nueva fecha de entrega prevista es el { DATE($delivery_date) }.

    Perdona las molestias y gracias por tu paciencia. Si la nueva fecha no te viene bien, responde a este correo y buscaremos juntos una solución.

lost-parcel-investigation =
    ¡Hola, { $customer_name }!

    Sentimos que tu pedido { $order_id } todavía no haya llegado. Hemos abierto una investigación con { $carrier } para localizar el paquete.

    La investigación puede tardar hasta { $business_days ->
        [one] { $business_days } día hábil
       *[other] { $business_days } días hábiles
    }. Te escribiremos en cuanto sepamos algo. Si el paquete no aparece, te enviaremos un artículo nuevo o te devolveremos el dinero, lo que prefieras.

delivery-dispute =
    ¡Hola, { $customer_name }!

    Gracias por avisarnos. El { DATETIME($delivered_at) }, según { $carrier }, se entregó tu pedido { $order_id }.

    A veces los paquetes se dejan a un vecino, en el buzón o en algún rincón resguardado cerca de la entrada. ¿Puedes echar un vistazo?

    Mientras tanto, abrimos una reclamación con { $carrier } y te contamos algo en cuanto tengamos respuesta. Si encuentras el paquete antes, ¡avísanos!

return-instructions =
    ¡Hola, { $customer_name }!

    Te explicamos cómo devolver tu pedido { $order_id }.

    Imprime la etiqueta de devolución desde este enlace:
    { $label_url }

    Embala bien los artículos, pega la etiqueta en el paquete y entrégaselo al transportista como muy tarde el { DATE($return_by) }. Guarda el justificante de envío hasta que recibas el reembolso.

    Te avisaremos en cuanto hayamos recibido y revisado tu devolución.

return-approved =
    ¡Hola, { $customer_name }!

    Hemos aprobado la devolución de tu pedido { $order_id }. Te reembolsaremos { MONEY($refund_amount) } con el mismo método de pago que usaste en la compra.

    Según tu banco, el importe puede tardar unos días en aparecer en tu cuenta.

return-rejected =
    ¡Hola, { $customer_name }!

    Gracias por tu solicitud de devolución del pedido { $order_id }. Por desgracia, no podemos aceptar la devolución por este motivo:

    { $reason }

    Entendemos que no es la respuesta que esperabas. Si tienes alguna pregunta o más información, por ejemplo fotos, responde a este correo y volveremos a revisar tu caso encantados.

refund-issued =
    ¡Hola, { $customer_name }!

    Ya te hemos devuelto { MONEY($amount) } a través de { $method }.

    Según tu banco o proveedor de pago, el importe puede tardar hasta { $days ->
        [one] { $days } día
       *[other] { $days } días
    } en aparecer en tu cuenta.

refund-delayed =
    ¡Hola, { $customer_name }!

    Sentimos que el reembolso de { MONEY($amount) } esté tardando más de lo previsto. Ahora esperamos completarlo como muy tarde el { DATE($expected_date) }.

    ¡Gracias por tu paciencia! Si para entonces no has recibido el dinero, responde a este correo y lo revisamos enseguida.

cancellation-confirmed =
    ¡Hola, { $customer_name }!

    Hecho: hemos cancelado tu pedido { $order_id }, tal como nos pediste.

    Te reembolsaremos { MONEY($amount) } con el mismo método de pago que usaste. Según tu banco, puede tardar unos días.

    ¡Esperamos verte pronto por aquí!

cancellation-too-late =
    ¡Hola, { $customer_name }!

    Gracias por tu mensaje. Por desgracia, tu pedido { $order_id } ya ha salido, así que no podemos cancelarlo.

    Puedes rechazar el paquete cuando te lo entreguen y volverá a nosotros automáticamente. También puedes aceptarlo y devolvérnoslo en un plazo de { $return_days ->
        [one] { $return_days } día
       *[other] { $return_days } días
    } desde que lo recibas. En cuanto nos llegue la devolución, te devolvemos el dinero.

order-change-received =
    ¡Hola, { $customer_name }!

    Gracias por tu mensaje. Hemos recibido tu solicitud para modificar el pedido { $order_id }.

    Si el pedido aún no ha salido de nuestro almacén, haremos el cambio y te enviaremos una confirmación. Si ya ha salido, te escribiremos para contarte qué opciones tienes.

wrong-or-missing-item =
    ¡Hola, { $customer_name }!

    { $kind ->
        [wrong] Lo sentimos: en lugar del artículo { $item_name }, tu pedido { $order_id } traía otro artículo. Te enviamos el correcto sin coste y te mandamos por correo una etiqueta para devolver el que no es.
        [missing] Lo sentimos: faltaba el artículo { $item_name } en tu pedido { $order_id }. Te lo enviamos lo antes posible, sin coste adicional.
       *[other] Sentimos que haya un problema con el artículo { $item_name } de tu pedido { $order_id }. Ya nos estamos ocupando y te escribimos muy pronto.
    }

    Si prefieres que te devolvamos el dinero, solo tienes que responder a este correo.

damaged-item =
    ¡Hola, { $customer_name }!

    Sentimos mucho que el artículo { $item_name } de tu pedido { $order_id } haya llegado dañado.

    Para ayudarte cuanto antes, ¿puedes enviarnos, respondiendo a este correo, algunas fotos del artículo dañado y del embalaje?

    En cuanto tengamos las fotos, organizamos la sustitución o la reparación, sin ningún coste para ti.

exchange-confirmed =
    ¡Hola, { $customer_name }!

    Tu cambio del pedido { $order_id } está confirmado: recibirás { $new_item } como sustitución.

    Te avisaremos en cuanto el nuevo artículo esté de camino.

payment-failed =
    ¡Hola, { $customer_name }!

    Vaya, no se ha podido completar el pago de tu pedido { $order_id } con { $payment_method }, así que todavía no hemos podido procesarlo.

    Puede pasar, por ejemplo, si una tarjeta ha caducado o se ha alcanzado un límite. Revisa tus datos de pago y vuelve a intentarlo, o elige otro método de pago.

    En cuanto se complete el pago, nos ponemos con tu pedido.

duplicate-charge-refunded =
    ¡Hola, { $customer_name }!

    ¡Perdona por el cargo duplicado! Ya te hemos devuelto el importe cobrado dos veces, { MONEY($amount) }.

    Según tu banco o proveedor de pago, puede tardar hasta { $days ->
        [one] { $days } día
       *[other] { $days } días
    } en aparecer en tu extracto.

invoice-sent =
    ¡Hola, { $customer_name }!

    Te enviamos adjunta la factura de tu pedido { $order_id }. También puedes descargarla cuando quieras desde tu cuenta.

    Si necesitas que en la factura figuren la razón social o el NIF de una empresa, responde a este correo con esos datos y te haremos una factura rectificativa.

voucher-resent =
    ¡Hola, { $customer_name }!

    Aquí tienes de nuevo el código de tu cupón:

    { $voucher_code }

    Es válido hasta el { DATE($valid_until) }. Solo tienes que introducirlo al finalizar la compra.

loyalty-points-adjusted =
    ¡Hola, { $customer_name }!

    Hemos revisado tu saldo de puntos y te hemos sumado { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    } en tu cuenta.

    Ahora tienes { $balance ->
        [one] { $balance } punto
       *[other] { $balance } puntos
    }. ¡Gracias por confiar en nosotros!

presale-answer =
    ¡Hola, { $customer_name }!

    Gracias por tu interés en nuestros productos.

    { $in_stock ->
        [yes] ¡Buenas noticias! El artículo { $product_name } está disponible. Si haces el pedido ahora, la entrega suele tardar { $delivery_days ->
            [one] { $delivery_days } día
           *[other] { $delivery_days } días
        }.
       *[no] Ahora mismo el artículo { $product_name } está agotado, pero puedes pedirlo igualmente. En ese caso, la entrega suele tardar { $delivery_days ->
            [one] { $delivery_days } día
           *[other] { $delivery_days } días
        }.
    }

    Si tienes cualquier otra pregunta sobre el producto, aquí estamos para ayudarte.

account-access =
    ¡Hola, { $customer_name }!

    Puedes crear una nueva contraseña para tu cuenta en este enlace:

    { $reset_url }

    Por seguridad, el enlace solo es válido durante un tiempo limitado. Si sigues sin poder entrar, responde a este correo.

privacy-request-received =
    ¡Hola, { $customer_name }!

    Hemos recibido tu solicitud sobre protección de datos y la hemos registrado con el número { $ticket_id }.

    La gestionaremos en el plazo de un mes, como establece el artículo 12.3 del RGPD. Para proteger tus datos, puede que te pidamos que confirmes tu identidad.

    Darse de baja de la newsletter o de las comunicaciones comerciales tiene efecto inmediato.

feedback-thanks =
    ¡Hola, { $customer_name }!

    ¡Muchas gracias por tu opinión! Leemos cada mensaje con atención y lo compartimos con todo el equipo: nos ayuda a mejorar nuestros productos y nuestro servicio.

    Nos alegra mucho que te hayas tomado el tiempo de escribirnos.

survey-request =
    ¡Hola, { $customer_name }!

    Esperamos haberte ayudado. ¿Tienes dos minutos para contarnos qué te ha parecido nuestra atención?

    { $survey_url }

    Tu opinión nos ayuda a mejorar. ¡Gracias!

closing = ¿Podemos ayudarte en algo más, { $customer_name }? Responde a este correo y te echamos una mano.

signature =
    Un saludo,
    { $agent_name }
    El equipo de { $shop_name }
