// Scripts outside Next read the same .env files the app does. Import this first.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());
