import { setTimeout as sleep } from 'node:timers/promises'

/** Time as seen by code that waits on GitHub; injectable so tests never really sleep. */
export interface Clock {
  now(): Date
  sleep(milliseconds: number): Promise<void>
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: async milliseconds => {
    await sleep(milliseconds)
  }
}
