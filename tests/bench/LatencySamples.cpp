// SPDX-License-Identifier: GPL-3.0-or-later

#include "LatencySamples.h"

#include <QString>
#include <algorithm>
#include <cmath>
#include <numeric>

void LatencySamples::merge(const LatencySamples &other) {
    m_values.insert(m_values.end(), other.m_values.begin(), other.m_values.end());
    m_sorted = false;
}

void LatencySamples::sort() const {
    if (m_sorted)
        return;
    std::sort(m_values.begin(), m_values.end());
    m_sorted = true;
}

double LatencySamples::percentile(double p) const {
    if (m_values.empty())
        return 0;
    sort();
    const auto size = qsizetype(m_values.size());
    const qsizetype index =
        std::clamp<qsizetype>(qsizetype(std::ceil(p * double(size))) - 1, 0, size - 1);
    return m_values[size_t(index)];
}

double LatencySamples::max() const {
    return m_values.empty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
}

double LatencySamples::mean() const {
    if (m_values.empty())
        return 0;
    return std::accumulate(m_values.begin(), m_values.end(), 0.0) / double(m_values.size());
}

QJsonObject LatencySamples::toJson() const {
    auto rounded = [](double ms) { return std::round(ms * 1000.0) / 1000.0; };
    return {{QStringLiteral("n"), double(count())},
            {QStringLiteral("mean"), rounded(mean())},
            {QStringLiteral("p50"), rounded(percentile(0.50))},
            {QStringLiteral("p95"), rounded(percentile(0.95))},
            {QStringLiteral("p99"), rounded(percentile(0.99))},
            {QStringLiteral("max"), rounded(max())}};
}

QString LatencySamples::summary() const {
    if (m_values.empty())
        return QStringLiteral("no samples");
    return QStringLiteral("n=%1 p50=%2 ms p95=%3 ms p99=%4 ms max=%5 ms")
        .arg(count())
        .arg(percentile(0.50), 0, 'f', 2)
        .arg(percentile(0.95), 0, 'f', 2)
        .arg(percentile(0.99), 0, 'f', 2)
        .arg(max(), 0, 'f', 2);
}
