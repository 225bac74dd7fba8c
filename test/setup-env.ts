// Every test file's environment: script code's own time is not charged (src/local/runtime/script-time.ts), so simulated time is a count of calls and cells, the same on a busy machine as on an idle one; tests of script time set their own factor.
process.env.RAPPORT_SCRIPT_TIME_FACTOR ??= '0';
