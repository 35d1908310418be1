import { describe, expect, test } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { renderProfileString, renderProfileValue } from '../../src/warehouse/profile-render.js'

const site = { file: '/ci/profiles.yml', field: 'shop.outputs.prod.password' }
const env = { DB_PASSWORD: 's3cr3t', DB_PORT: '6543', SSL: 'True', EMPTY: '' }

describe('rendering env_var() in profiles.yml values', () => {
  test('a value without Jinja is kept as is', () => {
    expect(renderProfileString('analytics', env, site)).toBe('analytics')
  })

  test('env_var reads the environment, with single or double quotes', () => {
    expect(renderProfileString("{{ env_var('DB_PASSWORD') }}", env, site)).toBe('s3cr3t')
    expect(renderProfileString('{{env_var("DB_PASSWORD")}}', env, site)).toBe('s3cr3t')
  })

  test('the default is used only when the variable is unset', () => {
    expect(renderProfileString("{{ env_var('DB_HOST', 'localhost') }}", env, site)).toBe('localhost')
    expect(renderProfileString("{{ env_var('EMPTY', 'fallback') }}", env, site)).toBe('')
    expect(renderProfileString("{{ env_var('THREADS', 4) }}", env, site)).toBe(4)
  })

  test('a missing variable without default fails like dbt, naming the variable and the file', () => {
    expect(() => renderProfileString("{{ env_var('DBT_ENV_SECRET_PW') }}", env, site)).toThrow(
      "Env var required but not provided: 'DBT_ENV_SECRET_PW' (/ci/profiles.yml: shop.outputs.prod.password)"
    )
  })

  test('int, as_number and as_bool give numbers and booleans; as_text keeps text', () => {
    expect(renderProfileString("{{ env_var('DB_PORT') | int }}", env, site)).toBe(6543)
    expect(renderProfileString("{{ env_var('DB_PORT') | as_number }}", env, site)).toBe(6543)
    expect(renderProfileString("{{ env_var('SSL') | as_bool }}", env, site)).toBe(true)
    expect(renderProfileString("{{ env_var('DB_PORT') | as_text }}", env, site)).toBe('6543')
    expect(renderProfileString("{{ env_var('DB_PORT') | as_native }}", env, site)).toBe(6543)
  })

  test('a filter that cannot convert the value says which variable and filter', () => {
    expect(() => renderProfileString("{{ env_var('DB_PASSWORD') | int }}", env, site)).toThrow(
      'env var \'DB_PASSWORD\' is "s3cr3t", but the `int` filter needs a whole number'
    )
  })

  test('expressions mixed with text render to one string', () => {
    expect(renderProfileString("pr_{{ env_var('DB_PORT') | int }}_x", env, site)).toBe('pr_6543_x')
  })

  test('any Jinja spelling of env_var and its default is read', () => {
    expect(renderProfileString('{{env_var( "DB_PORT" ,\'1\' )|int}}', env, site)).toBe(6543)
    expect(renderProfileString("{{ env_var('NOPE', default='d\\u00e9') }}", env, site)).toBe('dé')
    expect(renderProfileString("{{ env_var('NOPE', -1) }}", env, site)).toBe(-1)
    expect(renderProfileString("{{ env_var('NOPE', 'a' 'b') | trim }}", env, site)).toBe('ab')
  })

  test('other Jinja is refused rather than guessed', () => {
    expect(() => renderProfileString('{{ env_var(name) }}', env, site)).toThrow('cannot render')
    expect(() => renderProfileString("{{ env_var('A', 'b', 'c') }}", env, site)).toThrow('cannot render')
    expect(() => renderProfileString("{{ env_var('A', fallback='b') }}", env, site)).toThrow('cannot render')
    expect(() => renderProfileString("{{ env_var('DB_PORT') | int(2) }}", env, site)).toThrow('cannot render')
    expect(() => renderProfileString("{{ var('x') }}", env, site)).toThrow(UserError)
    expect(() => renderProfileString("{{ env_var('DB_PORT') | upper }}", env, site)).toThrow('cannot render')
    expect(() => renderProfileString('{% if true %}x{% endif %}', env, site)).toThrow('cannot render')
    expect(() => renderProfileString("{{ env_var('DB_PORT')", env, site)).toThrow('cannot render')
  })

  test('comments are dropped', () => {
    expect(renderProfileString("{# the port #}{{ env_var('DB_PORT') }}", env, site)).toBe('6543')
  })

  test('nested maps and lists are rendered and errors name the nested field', () => {
    expect(renderProfileValue({ a: ["{{ env_var('DB_PORT') | int }}", 2], b: true }, env, site)).toEqual({
      a: [6543, 2],
      b: true
    })
    expect(() => renderProfileValue({ a: ["{{ env_var('NOPE') }}"] }, env, site)).toThrow(
      'shop.outputs.prod.password.a[0]'
    )
  })
})
