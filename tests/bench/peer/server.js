// SPDX-License-Identifier: GPL-3.0-or-later

// The web design RoomClaim was first specified as, built minimally and faithfully for the
// benchmark (scripts/bench --peer): Express for the REST API, Socket.IO for events,
// node-postgres for the database, and a lock service in process memory with a 30 s expiry.
// A booking takes the lock, checks the room, checks for overlapping bookings with a query,
// inserts, releases the lock and emits bookingCreated to every connected client. There is no
// database constraint against overlaps: that is the design being measured, not a model.
//
// Logins are trivial (a token for an existing username, no password hash): the benchmark
// measures bookings, and this only makes the web design's side cheaper.
//
// Environment: PEER_PORT (default 7500), PEER_DB_URL (postgresql://...), PEER_POOL (database
// connections, default 10 as node-postgres), PEER_LOCK_TTL_MS (default 30000).
'use strict';

const crypto = require('crypto');
const http = require('http');
const express = require('express');
const { Server } = require('socket.io');
const { Pool } = require('pg');

const port = Number(process.env.PEER_PORT || 7500);
const pool = new Pool({
    connectionString: process.env.PEER_DB_URL || 'postgresql://roomclaim:roomclaim@127.0.0.1/roomclaim_bench',
    max: Number(process.env.PEER_POOL || 10),
});
const lockTtlMs = Number(process.env.PEER_LOCK_TTL_MS || 30000);

// ------------------------------------------------------------------ locks ---
// roomId -> [{start, end, holder, expiresAt}]; the event loop makes acquire atomic.
const locks = new Map();

function acquireLock(roomId, start, end, holder) {
    const now = Date.now();
    const live = (locks.get(roomId) || []).filter((lock) => lock.expiresAt > now);
    const clash = live.find((lock) => lock.start < end && start < lock.end);
    if (clash) {
        locks.set(roomId, live);
        return { granted: false, holder: clash.holder };
    }
    const lock = { start, end, holder, expiresAt: now + lockTtlMs };
    live.push(lock);
    locks.set(roomId, live);
    return { granted: true, lock };
}

function releaseLock(roomId, lock) {
    const live = (locks.get(roomId) || []).filter((other) => other !== lock);
    if (live.length) locks.set(roomId, live);
    else locks.delete(roomId);
}

function lockedBy(roomId, start, end) {
    const now = Date.now();
    const clash = (locks.get(roomId) || []).find(
        (lock) => lock.expiresAt > now && lock.start < end && start < lock.end);
    return clash ? clash.holder : null;
}

// --------------------------------------------------------------- sessions ---
const sessions = new Map(); // token -> {id, name}

function teacherOf(req) {
    const header = req.get('authorization') || '';
    return sessions.get(header.replace(/^Bearer /, '')) || null;
}

function auth(req, res, next) {
    req.teacher = teacherOf(req);
    if (!req.teacher) return res.status(401).json({ code: 'UNAUTHENTICATED', message: 'Please log in first' });
    next();
}

function bookingJson(row) {
    return {
        id: Number(row.id), roomId: Number(row.room_id), roomName: row.room_name,
        teacherId: Number(row.teacher_id), teacherName: row.teacher_name,
        start: row.start_time.toISOString(), end: row.end_time.toISOString(),
        purpose: row.purpose, seriesId: null,
    };
}

function interval(query, from, to) {
    const start = new Date(query[from]);
    const end = new Date(query[to]);
    if (isNaN(start) || isNaN(end) || !(start < end)) return null;
    return { start, end };
}

const badRequest = (res, message) => res.status(400).json({ code: 'BAD_REQUEST', message });
const failed = (res, error) => res.status(500).json({ code: 'INTERNAL', message: String(error.message || error) });

// -------------------------------------------------------------------- API ---
const app = express();
app.use(express.json({ limit: '64kb' }));
const server = http.createServer(app);
// Clients keep one HTTP connection for their requests (a browser does the same).
server.keepAliveTimeout = 120000;
server.headersTimeout = 121000;
const io = new Server(server, { serveClient: false });

app.post('/api/login', async (req, res) => {
    try {
        const { rows } = await pool.query(
            'SELECT id, name FROM teachers WHERE username = $1 AND active', [String(req.body.username || '')]);
        if (!rows.length) return res.status(401).json({ code: 'AUTH_FAILED', message: 'Wrong username or password' });
        const token = crypto.randomBytes(24).toString('base64url');
        const teacher = { id: Number(rows[0].id), name: rows[0].name };
        sessions.set(token, teacher);
        res.json({ token, teacher });
    } catch (error) {
        failed(res, error);
    }
});

app.get('/api/rooms', auth, async (req, res) => {
    try {
        const { rows } = await pool.query(
            'SELECT id, name, building, capacity, features FROM rooms WHERE active ORDER BY name');
        res.json({ rooms: rows.map((r) => ({ ...r, id: Number(r.id) })) });
    } catch (error) {
        failed(res, error);
    }
});

app.get('/api/rooms/search', auth, async (req, res) => {
    const span = interval(req.query, 'start', 'end');
    if (!span) return badRequest(res, 'start and end must be times, start before end');
    try {
        const { rows } = await pool.query(
            `SELECT r.id, r.name, r.building, r.capacity, r.features FROM rooms r
             WHERE r.active AND r.capacity >= $3
               AND NOT EXISTS (SELECT 1 FROM peer_bookings b
                               WHERE b.room_id = r.id AND b.canceled_at IS NULL
                                 AND b.start_time < $2 AND b.end_time > $1)
             ORDER BY r.capacity, r.name`,
            [span.start, span.end, Number(req.query.minCapacity || 0)]);
        res.json({ rooms: rows.map((r) => ({ ...r, id: Number(r.id), lockedBy: lockedBy(Number(r.id), span.start, span.end) })) });
    } catch (error) {
        failed(res, error);
    }
});

const bookingColumns = `b.id, b.room_id, r.name AS room_name, b.teacher_id, t.name AS teacher_name,
                        b.start_time, b.end_time, b.purpose`;

app.get('/api/bookings', auth, async (req, res) => {
    const span = interval(req.query, 'from', 'to');
    if (!span) return badRequest(res, 'from and to must be times, from before to');
    try {
        const { rows } = await pool.query(
            `SELECT ${bookingColumns} FROM peer_bookings b
             JOIN rooms r ON r.id = b.room_id JOIN teachers t ON t.id = b.teacher_id
             WHERE b.canceled_at IS NULL AND b.start_time < $2 AND b.end_time > $1
             ORDER BY b.start_time, b.id LIMIT 2000`, [span.start, span.end]);
        res.json({ bookings: rows.map(bookingJson) });
    } catch (error) {
        failed(res, error);
    }
});

app.get('/api/my-bookings', auth, async (req, res) => {
    const span = interval(req.query, 'from', 'to');
    if (!span) return badRequest(res, 'from and to must be times, from before to');
    try {
        const { rows } = await pool.query(
            `SELECT ${bookingColumns} FROM peer_bookings b
             JOIN rooms r ON r.id = b.room_id JOIN teachers t ON t.id = b.teacher_id
             WHERE b.teacher_id = $1 AND b.canceled_at IS NULL
               AND b.start_time >= $2 AND b.start_time < $3
             ORDER BY b.start_time`, [req.teacher.id, span.start, span.end]);
        res.json({ bookings: rows.map(bookingJson) });
    } catch (error) {
        failed(res, error);
    }
});

app.post('/api/room-bookings', auth, async (req, res) => {
    const roomId = Number(req.body.roomId);
    const span = interval(req.body, 'start', 'end');
    if (!Number.isInteger(roomId) || roomId < 1) return badRequest(res, 'roomId must be a room id');
    if (!span) return badRequest(res, 'start and end must be times, start before end');
    const purpose = String(req.body.purpose || '');
    const taken = acquireLock(roomId, span.start, span.end, req.teacher.name);
    if (!taken.granted) {
        return res.status(409).json({ code: 'LOCK_HELD', message: 'Another teacher is currently booking', holder: taken.holder });
    }
    try {
        const room = await pool.query('SELECT name FROM rooms WHERE id = $1 AND active', [roomId]);
        if (!room.rowCount) return res.status(404).json({ code: 'ROOM_NOT_FOUND', message: `Room ${roomId} does not exist` });
        const overlap = await pool.query(
            `SELECT ${bookingColumns} FROM peer_bookings b
             JOIN rooms r ON r.id = b.room_id JOIN teachers t ON t.id = b.teacher_id
             WHERE b.room_id = $1 AND b.canceled_at IS NULL AND b.start_time < $3 AND b.end_time > $2
             LIMIT 1`, [roomId, span.start, span.end]);
        if (overlap.rowCount) {
            const conflict = bookingJson(overlap.rows[0]);
            return res.status(409).json({ code: 'BOOKING_CONFLICT', message: `Room already booked by ${conflict.teacherName}`, conflict });
        }
        const { rows } = await pool.query(
            `INSERT INTO peer_bookings (room_id, teacher_id, start_time, end_time, purpose)
             VALUES ($1, $2, $3, $4, $5) RETURNING id`,
            [roomId, req.teacher.id, span.start, span.end, purpose]);
        const booking = bookingJson({
            id: rows[0].id, room_id: roomId, room_name: room.rows[0].name, teacher_id: req.teacher.id,
            teacher_name: req.teacher.name, start_time: span.start, end_time: span.end, purpose,
        });
        res.status(201).json({ booking });
        io.emit('bookingCreated', { booking });
    } catch (error) {
        failed(res, error);
    } finally {
        releaseLock(roomId, taken.lock);
    }
});

app.delete('/api/room-bookings/:id', auth, async (req, res) => {
    try {
        const { rows } = await pool.query(
            `UPDATE peer_bookings b SET canceled_at = now() FROM rooms r, teachers t
             WHERE b.id = $1 AND b.teacher_id = $2 AND b.canceled_at IS NULL
               AND r.id = b.room_id AND t.id = b.teacher_id
             RETURNING ${bookingColumns}`, [Number(req.params.id), req.teacher.id]);
        if (!rows.length) return res.status(404).json({ code: 'BOOKING_NOT_FOUND', message: `Booking ${req.params.id} does not exist` });
        const booking = bookingJson(rows[0]);
        res.json({ booking });
        io.emit('bookingCanceled', { booking, canceledBy: req.teacher.name });
    } catch (error) {
        failed(res, error);
    }
});

// ----------------------------------------------------------------- events ---
io.use((socket, next) => {
    const teacher = sessions.get(String((socket.handshake.auth || {}).token || ''));
    if (!teacher) return next(new Error('unauthorized'));
    socket.data.teacher = teacher;
    next();
});

server.listen(port, '127.0.0.1', () => console.log(`peer: listening on 127.0.0.1:${port}`));
