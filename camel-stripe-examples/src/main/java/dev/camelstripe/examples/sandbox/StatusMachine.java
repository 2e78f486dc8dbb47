package dev.camelstripe.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The status transitions of one resource, as data: for each action the statuses it may start from and the status it
 * leads to (null when the outcome decides, as a confirmation's does). An action from any other status is refused
 * with a 400 in Stripe's form: "This PaymentIntent could not be captured because it has a status of succeeded. Only a
 * PaymentIntent with one of the following statuses may be captured: requires_capture."
 */
final class StatusMachine {

    /** @param participle the action in the refusal's words: "captured", "marked uncollectible" */
    record Transition(String action, String participle, List<String> from, String to) {
    }

    private final String noun;
    private final String errorCode;
    private final String embedAs;
    private final Map<String, Transition> transitions = new LinkedHashMap<>();

    /**
     * @param noun      the resource in the refusal's words ("PaymentIntent")
     * @param errorCode the refusal's code ({@code payment_intent_unexpected_state})
     * @param embedAs   the field of Stripe's error object that carries the object ({@code payment_intent}), or null
     */
    StatusMachine(String noun, String errorCode, String embedAs, Transition... transitions) {
        this.noun = noun;
        this.errorCode = errorCode;
        this.embedAs = embedAs;
        for (Transition t : transitions) {
            this.transitions.put(t.action(), t);
        }
    }

    /** The status {@code action} leads to from the object's status (null: decided by the action). */
    String check(String action, Map<String, Object> object) {
        Transition transition = transitions.get(action);
        Object status = object.get("status");
        if (!transition.from().contains(status)) {
            StripeError refusal = StripeError.unexpectedState(errorCode, "This " + noun + " could not be "
                    + transition.participle() + " because it has a status of " + status + ". Only a " + noun
                    + " with one of the following statuses may be " + transition.participle() + ": "
                    + String.join(", ", transition.from()) + ".");
            throw embedAs == null ? refusal : refusal.with(embedAs, object);
        }
        return transition.to();
    }

    boolean allows(String action, Map<String, Object> object) {
        return transitions.get(action).from().contains(object.get("status"));
    }
}
