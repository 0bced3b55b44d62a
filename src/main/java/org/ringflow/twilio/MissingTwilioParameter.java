package org.ringflow.twilio;

import org.ringflow.system.BadRequestException;

/** A webhook without a parameter Twilio always sends: 400 naming it (never a 500). */
class MissingTwilioParameter extends BadRequestException {

    MissingTwilioParameter(String name) {
        super(name, name + " is required");
    }
}
