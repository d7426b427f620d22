-- SPDX-License-Identifier: GPL-3.0-or-later
-- A school's database as the first release (schema version 1: migration 001 only) left it, with
-- data: four rooms (one inactive), three teachers (one admin, one inactive; PBKDF2 hashes as
-- version 1 stored them, passwords v1-teacher for anna.schmidt and ben.jones, v1-admin for
-- office), four periods, six bookings (one canceled, one in the past, non-ASCII and quoted
-- purposes) and one session. tst_upgrade restores it with psql into a fresh database and
-- migrates it. Made once, never edited since, with PostgreSQL 15:
--   initdb; psql -c 'CREATE DATABASE roomclaim_v1'
--   psql -d roomclaim_v1 -f resources/sql/001_initial.sql
--   psql -d roomclaim_v1   (CREATE TABLE schema_migrations ...; INSERT version 1; the rows)
--   pg_dump --no-owner --no-privileges -d roomclaim_v1 > tests/data/roomclaim-schema1.sql
--
-- PostgreSQL database dump
--

\restrict ULlvkAfcGovrqjmq9veYQXSrUETLQJBxnXgK8nJbPeR2an4c878IfFLmzPFltqP

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: bookings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bookings (
    id bigint NOT NULL,
    room_id bigint NOT NULL,
    teacher_id bigint NOT NULL,
    during tstzrange NOT NULL,
    purpose text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    canceled_at timestamp with time zone,
    canceled_by bigint,
    cancel_reason text,
    CONSTRAINT bookings_during_check CHECK (((NOT isempty(during)) AND lower_inc(during) AND (NOT upper_inc(during))))
);


--
-- Name: bookings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.bookings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: bookings_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.bookings_id_seq OWNED BY public.bookings.id;


--
-- Name: locks; Type: TABLE; Schema: public; Owner: -
--

CREATE UNLOGGED TABLE public.locks (
    id bigint NOT NULL,
    room_id bigint NOT NULL,
    during tstzrange NOT NULL,
    teacher_id bigint NOT NULL,
    instance text DEFAULT ''::text NOT NULL,
    acquired_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: locks_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE UNLOGGED SEQUENCE public.locks_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locks_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.locks_id_seq OWNED BY public.locks.id;


--
-- Name: periods; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.periods (
    id bigint NOT NULL,
    name text NOT NULL,
    start_time time without time zone NOT NULL,
    end_time time without time zone NOT NULL,
    CONSTRAINT periods_check CHECK ((start_time < end_time)),
    CONSTRAINT periods_name_check CHECK ((btrim(name) <> ''::text))
);


--
-- Name: periods_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.periods_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: periods_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.periods_id_seq OWNED BY public.periods.id;


--
-- Name: rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rooms (
    id bigint NOT NULL,
    name text NOT NULL,
    building text DEFAULT ''::text NOT NULL,
    capacity integer NOT NULL,
    features text[] DEFAULT '{}'::text[] NOT NULL,
    active boolean DEFAULT true NOT NULL,
    CONSTRAINT rooms_capacity_check CHECK ((capacity >= 0)),
    CONSTRAINT rooms_name_check CHECK ((btrim(name) <> ''::text))
);


--
-- Name: rooms_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.rooms_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: rooms_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.rooms_id_seq OWNED BY public.rooms.id;


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    token_hash text NOT NULL,
    teacher_id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: teachers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.teachers (
    id bigint NOT NULL,
    username text NOT NULL,
    name text NOT NULL,
    email text DEFAULT ''::text NOT NULL,
    role text DEFAULT 'teacher'::text NOT NULL,
    password_hash text NOT NULL,
    active boolean DEFAULT true NOT NULL,
    CONSTRAINT teachers_name_check CHECK ((btrim(name) <> ''::text)),
    CONSTRAINT teachers_role_check CHECK ((role = ANY (ARRAY['teacher'::text, 'admin'::text]))),
    CONSTRAINT teachers_username_check CHECK ((btrim(username) <> ''::text))
);


--
-- Name: teachers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.teachers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: teachers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.teachers_id_seq OWNED BY public.teachers.id;


--
-- Name: bookings id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings ALTER COLUMN id SET DEFAULT nextval('public.bookings_id_seq'::regclass);


--
-- Name: locks id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.locks ALTER COLUMN id SET DEFAULT nextval('public.locks_id_seq'::regclass);


--
-- Name: periods id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.periods ALTER COLUMN id SET DEFAULT nextval('public.periods_id_seq'::regclass);


--
-- Name: rooms id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rooms ALTER COLUMN id SET DEFAULT nextval('public.rooms_id_seq'::regclass);


--
-- Name: teachers id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.teachers ALTER COLUMN id SET DEFAULT nextval('public.teachers_id_seq'::regclass);


--
-- Data for Name: bookings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bookings (id, room_id, teacher_id, during, purpose, created_at, canceled_at, canceled_by, cancel_reason) FROM stdin;
1	1	1	["2030-03-04 08:00:00+00","2030-03-04 08:45:00+00")	7B Mathematics	2026-09-02 10:00:00+00	\N	\N	\N
2	2	1	["2030-03-05 08:50:00+00","2030-03-05 09:35:00+00")	Titration – 10A	2026-09-02 10:05:00+00	\N	\N	\N
3	3	2	["2030-03-06 09:55:00+00","2030-03-06 11:30:00+00")	Choir rehearsal "Messiah"	2026-09-03 08:00:00+00	\N	\N	\N
4	1	3	["2030-03-07 10:45:00+00","2030-03-07 11:30:00+00")	Parents' evening prep	2026-09-04 12:00:00+00	\N	\N	\N
5	2	1	["2025-11-10 08:00:00+00","2025-11-10 08:45:00+00")	Past lesson	2025-11-01 09:00:00+00	\N	\N	\N
6	1	1	["2030-03-04 08:50:00+00","2030-03-04 09:35:00+00")	Cancelled lesson	2026-09-02 11:00:00+00	2026-09-05 09:00:00+00	2	Room needed for exams
\.


--
-- Data for Name: locks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.locks (id, room_id, during, teacher_id, instance, acquired_at, expires_at) FROM stdin;
\.


--
-- Data for Name: periods; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.periods (id, name, start_time, end_time) FROM stdin;
1	Lesson 1	08:00:00	08:45:00
2	Lesson 2	08:50:00	09:35:00
3	Lesson 3	09:55:00	10:40:00
4	Lesson 4	10:45:00	11:30:00
\.


--
-- Data for Name: rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.rooms (id, name, building, capacity, features, active) FROM stdin;
1	Room 101	Main	30	{projector,whiteboard}	t
2	Science Lab A	Science	24	{"science lab",projector}	t
3	Music Room	Arts	30	{piano}	t
4	Old Hut	Grounds	12	{}	f
\.


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.schema_migrations (version, name, applied_at) FROM stdin;
1	001_initial.sql	2026-09-01 07:00:00+00
\.


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sessions (token_hash, teacher_id, created_at, expires_at) FROM stdin;
5f2b1c0e9a7d4b3e8c6a1f0d2e4b6a8c9d1e3f5a7b9c0d2e4f6a8b0c1d3e5f7a	1	2026-09-02 09:59:00+00	2026-09-09 09:59:00+00
\.


--
-- Data for Name: teachers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.teachers (id, username, name, email, role, password_hash, active) FROM stdin;
1	anna.schmidt	Anna Schmidt	anna@school.example	teacher	pbkdf2-sha256$120000$H+uG3ZEjCGFgBc4tpNk7kA==$pyr/esEGa6PTDNjLwKHpJv0NZzdrQCmgr/xtwVEyiMo=	t
2	office	School Office		admin	pbkdf2-sha256$120000$bEsla0btcf4G212TRB0pWA==$pWZE4vxdMK6qLNCKBO6wWBm6FWsILXdD9uu8HeNlCwo=	t
3	ben.jones	Ben Jones	ben@school.example	teacher	pbkdf2-sha256$120000$H+uG3ZEjCGFgBc4tpNk7kA==$pyr/esEGa6PTDNjLwKHpJv0NZzdrQCmgr/xtwVEyiMo=	f
\.


--
-- Name: bookings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bookings_id_seq', 6, true);


--
-- Name: locks_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.locks_id_seq', 1, false);


--
-- Name: periods_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.periods_id_seq', 4, true);


--
-- Name: rooms_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.rooms_id_seq', 4, true);


--
-- Name: teachers_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.teachers_id_seq', 3, true);


--
-- Name: bookings bookings_no_overlap; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE ((canceled_at IS NULL));


--
-- Name: bookings bookings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_pkey PRIMARY KEY (id);


--
-- Name: locks locks_no_overlap; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.locks
    ADD CONSTRAINT locks_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);


--
-- Name: locks locks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.locks
    ADD CONSTRAINT locks_pkey PRIMARY KEY (id);


--
-- Name: periods periods_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.periods
    ADD CONSTRAINT periods_pkey PRIMARY KEY (id);


--
-- Name: rooms rooms_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rooms
    ADD CONSTRAINT rooms_name_key UNIQUE (name);


--
-- Name: rooms rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rooms
    ADD CONSTRAINT rooms_pkey PRIMARY KEY (id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token_hash);


--
-- Name: teachers teachers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.teachers
    ADD CONSTRAINT teachers_pkey PRIMARY KEY (id);


--
-- Name: teachers teachers_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.teachers
    ADD CONSTRAINT teachers_username_key UNIQUE (username);


--
-- Name: bookings_teacher_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bookings_teacher_idx ON public.bookings USING btree (teacher_id, lower(during));


--
-- Name: bookings bookings_canceled_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_canceled_by_fkey FOREIGN KEY (canceled_by) REFERENCES public.teachers(id);


--
-- Name: bookings bookings_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(id);


--
-- Name: bookings bookings_teacher_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_teacher_id_fkey FOREIGN KEY (teacher_id) REFERENCES public.teachers(id);


--
-- Name: locks locks_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.locks
    ADD CONSTRAINT locks_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(id);


--
-- Name: locks locks_teacher_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.locks
    ADD CONSTRAINT locks_teacher_id_fkey FOREIGN KEY (teacher_id) REFERENCES public.teachers(id);


--
-- Name: sessions sessions_teacher_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_teacher_id_fkey FOREIGN KEY (teacher_id) REFERENCES public.teachers(id);


--
-- PostgreSQL database dump complete
--

\unrestrict ULlvkAfcGovrqjmq9veYQXSrUETLQJBxnXgK8nJbPeR2an4c878IfFLmzPFltqP

