/* The queue's SLA countdown (service/queue.xhtml): recounts every 30 s between reloads. */
(function () {
    var overdue = document.getElementById('sla-countdown').getAttribute('data-overdue');
    function format(ms) {
        var m = Math.floor(Math.abs(ms) / 60000), d = Math.floor(m / 1440), h = Math.floor(m / 60) % 24, min = m % 60;
        var text = d > 0 ? d + ' d ' + h + ' h' : h > 0 ? h + ' h ' + String(min).padStart(2, '0') + ' min' : min + ' min';
        return ms < 0 ? overdue + ' ' + text : text;
    }
    function tick() {
        document.querySelectorAll('.sla[data-due]').forEach(function (el) {
            var left = Number(el.getAttribute('data-due')) - Date.now();
            el.textContent = format(left);
            el.className = 'sla ' + (left < 0 ? 'sla-overdue' : 'sla-running');
        });
    }
    setInterval(tick, 30000);
})();
