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

/*
 * The pipeline board (pipeline/board.xhtml): a card dragged onto another stage's column is moved
 * there through the page's own form (board-move-form), so the server records the change and
 * refuses what the rules refuse (WON comes from a signed quote; LOST asks for the reason here).
 * Without scripts the opportunity page's form does the same.
 */
function porticoBoardDrop(opportunityId, stage) {
    var form = document.getElementById('board-move-form');
    if (!form) {
        return;
    }
    var note = '';
    if (stage === 'LOST') {
        note = window.prompt(form.getAttribute('data-lost-prompt') || 'Why was it lost?') || '';
        if (!note.trim()) {
            return;
        }
    }
    document.getElementById('board-move-form:opportunity').value = opportunityId;
    document.getElementById('board-move-form:stage').value = stage;
    document.getElementById('board-move-form:note').value = note;
    document.getElementById('board-move-form:move').click();
}

document.addEventListener('DOMContentLoaded', function () {
    var board = document.getElementById('board');
    if (!board) {
        return;
    }
    board.querySelectorAll('[data-opportunity]').forEach(function (card) {
        card.setAttribute('draggable', 'true');
        card.addEventListener('dragstart', function (event) {
            event.dataTransfer.setData('text/plain', card.getAttribute('data-opportunity'));
            event.dataTransfer.effectAllowed = 'move';
        });
    });
    board.querySelectorAll('[data-stage]').forEach(function (column) {
        column.addEventListener('dragover', function (event) {
            event.preventDefault();
            column.classList.add('drop-target');
        });
        column.addEventListener('dragleave', function () {
            column.classList.remove('drop-target');
        });
        column.addEventListener('drop', function (event) {
            event.preventDefault();
            column.classList.remove('drop-target');
            var id = event.dataTransfer.getData('text/plain');
            if (id) {
                porticoBoardDrop(id, column.getAttribute('data-stage'));
            }
        });
    });
});
