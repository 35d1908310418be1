import { Cancellation, cancelOnSignals } from '../flow/cancellation.js'
import { main, PROCESS_IO } from './main.js'

const cancellation = new Cancellation()
cancelOnSignals(cancellation)
process.exitCode = await main(process.argv.slice(2), { ...PROCESS_IO, cancellation })
