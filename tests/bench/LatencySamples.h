// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <vector>

// Latencies in milliseconds; percentiles by the nearest-rank method on the sorted samples.
class LatencySamples {
public:
    void add(double ms) {
        m_values.push_back(ms);
        m_sorted = false;
    }
    void merge(const LatencySamples &other);
    qsizetype count() const { return qsizetype(m_values.size()); }
    bool isEmpty() const { return m_values.empty(); }
    // p from 0 to 1. Sorts on first use after a change.
    double percentile(double p) const;
    double max() const;
    double mean() const;
    // {"n", "mean", "p50", "p95", "p99", "max"}, all in ms.
    QJsonObject toJson() const;
    // "n=… p50=… ms p95=… ms p99=… ms max=… ms"
    QString summary() const;

private:
    void sort() const;
    mutable std::vector<double> m_values;
    mutable bool m_sorted = true;
};
