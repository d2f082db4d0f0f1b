package uk.assure.inforeturn;

/**
 * What a council was asked for and what it sent: the burden of the information return, shown to
 * staff so requests can be kept to what is needed.
 *
 * @param asked requests sent
 * @param required of which required
 * @param documents distinct documents sent
 * @param references answers pointing to a document already sent instead of sending it again
 * @param notHeld requests answered "not held"
 */
public record Burden(int asked, int required, int documents, int references, int notHeld) {}
