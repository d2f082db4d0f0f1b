// Lets GOV.UK Frontend styles know scripts run, before the page is painted.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
