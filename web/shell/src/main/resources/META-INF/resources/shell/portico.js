/* Live alerts (OrderAlertPush): f:websocket in shell/layout.xhtml calls porticoAlert with each one. */
function porticoAlert(alert) {
    var alerts = document.getElementById('portico-alerts');
    var box = document.createElement('div');
    box.className = 'portico-alert alert-' + alert.type;
    var link = document.createElement('a');
    link.href = alerts.getAttribute('data-account-url') + encodeURIComponent(alert.accountId);
    link.textContent = alert.text;
    box.appendChild(link);
    alerts.appendChild(box);
}
