import { Cancellation, cancelOnSignals } from '../flow/cancellation.js'
import { run } from './main.js'

const cancellation = new Cancellation()
cancelOnSignals(cancellation)
await run(cancellation)
