package uk.assure.journey.web;

import uk.assure.shared.web.DateFields;

/** Setting the date the assessment team will be on site. */
class SiteVisitForm extends DateFields {}
