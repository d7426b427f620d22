// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// One load of a list at a time. Asked again while one runs, the list is loaded once more when
// that one ends, and the older answer is dropped: a burst of events (a series of fifty
// bookings) costs two loads, not fifty workers, and the newest filters have the last word.
//
//     void Page::refresh() {
//         if (!m_gate.start())
//             return;
//         m_jobs->run(load, [this](const auto &result) {
//             if (!m_gate.finished())
//                 return refresh(); // asked again meanwhile: this answer is already old
//             show(result);
//         });
//     }
class ReloadGate {
public:
    // Whether to start a load now; if one runs, it is repeated when it ends instead.
    bool start() {
        if (m_running) {
            m_again = true;
            return false;
        }
        m_running = true;
        return true;
    }
    // The running load's answer is old (something changed after it began): repeat it.
    void invalidate() { m_again = m_running; }
    // Call when the answer arrives: true to show it, false to drop it and load again.
    bool finished() {
        m_running = false;
        const bool again = m_again;
        m_again = false;
        return !again;
    }

private:
    bool m_running = false;
    bool m_again = false;
};
