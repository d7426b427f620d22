// SPDX-License-Identifier: GPL-3.0-or-later

// The rooms import (name,building,capacity,features; contract section 3) planned against a
// school held in memory: every problem line-numbered, and a plan found valid holds only rooms
// the server can store.

#include "ImportFuzz.h"

#include "CsvImporter.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const ImportBaseline school = ImportFuzz::school();
    const QString text = FuzzSupport::text(data, size);
    const ImportPlan plan = CsvImporter::planRooms(text, school);
    FUZZ_CHECK(plan.kind == ImportPlan::Kind::Rooms, text);
    ImportFuzz::checkPlan(plan, text);
    if (!plan.isValid())
        return 0;
    QSet<QString> names;
    for (const Room &room : plan.rooms) {
        FUZZ_CHECK(!room.name.isEmpty() && room.name.size() <= 100 && room.building.size() <= 100,
                   text);
        FUZZ_CHECK(room.name == room.name.trimmed() && !room.name.contains(QChar(0)), text);
        FUZZ_CHECK(room.capacity >= 0 && room.capacity <= 10000, text);
        FUZZ_CHECK(!names.contains(room.name.toLower()), text);
        names.insert(room.name.toLower());
        for (const QString &feature : room.features)
            FUZZ_CHECK(!feature.isEmpty() && feature == feature.trimmed().toLower(), text);
    }
    FUZZ_CHECK(plan.additions + plan.updates == plan.rooms.size(), text);
    FUZZ_CHECK(plan.changes.size() == plan.rooms.size(), text);
    return 0;
}
